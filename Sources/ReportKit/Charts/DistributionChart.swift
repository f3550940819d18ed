/// Box plots on a common horizontal axis, one row per category, with optional dots and a highlighted value.
///
/// The box spans the quartiles, the thick line is the median and the whiskers reach the minimum and
/// maximum. Dots show the individual values without naming them; the highlighted value (a locality's
/// own score) is drawn as a diamond.
struct DistributionChart {
    /// One row of the chart.
    struct Row: Sendable {
        /// The row's label (a theme's name).
        var label: String
        /// The five-number summary.
        var spread: ReportSpread
        /// The individual values, drawn as dots.
        var points: [Double]
        /// The highlighted value, when there is one.
        var highlight: Double?
    }

    /// An identifier unique on the page.
    var id: String
    /// The chart's title.
    var title: String
    /// What the chart shows, for readers who cannot see it.
    var summary: String
    /// The rows, top to bottom.
    var rows: [Row]
    /// The axis range.
    var axisMinimum: Double
    /// The axis range.
    var axisMaximum: Double
    /// The axis title with its unit.
    var axisLabel: String
    /// The legend label of the highlighted value, e.g. `Bolton's score`.
    var highlightLabel: String?

    /// The SVG element.
    func render() -> String {
        let labelWidth = 200.0
        let right = 20.0
        let top = 40.0
        let rowHeight = 46.0
        let plotBottom = top + rowHeight * Double(rows.count)
        var canvas = SVGCanvas(id: id, height: plotBottom + 74, title: title, summary: summary)
        let scale = ChartScale(
            domainStart: axisMinimum, domainEnd: axisMaximum, rangeStart: labelWidth, rangeEnd: SVGCanvas.width - right)
        canvas.horizontalAxis(scale, top: top, bottom: plotBottom, tickCount: 4, title: axisLabel)
        for (index, row) in rows.enumerated() {
            let centre = top + rowHeight * (Double(index) + 0.5) - 4
            let lines = SVGCanvas.wrap(row.label, characters: 30, maximumLines: 2)
            canvas.wrappedText(
                row.label, x: labelWidth - 10, y: centre + 4 - Double(lines.count - 1) * 7, characters: 30,
                anchor: "end", size: 12, maximumLines: 2)
            let spread = row.spread
            canvas.line(
                x1: scale.position(spread.minimum), y1: centre, x2: scale.position(spread.maximum), y2: centre)
            for end in [spread.minimum, spread.maximum] {
                canvas.line(x1: scale.position(end), y1: centre - 6, x2: scale.position(end), y2: centre + 6)
            }
            canvas.rect(
                x: scale.position(spread.lowerQuartile), y: centre - 10,
                width: scale.position(spread.upperQuartile) - scale.position(spread.lowerQuartile), height: 20,
                fill: ChartPalette.skyBlue, stroke: ChartPalette.ink)
            canvas.line(
                x1: scale.position(spread.median), y1: centre - 10, x2: scale.position(spread.median), y2: centre + 10,
                width: 3)
            var seen: [String: Int] = [:]
            for point in row.points.sorted() {
                let key = ReportNumber.text(point, decimals: 2)
                let stack = seen[key, default: 0]
                seen[key] = stack + 1
                canvas.marker(
                    .circle, x: scale.position(point), y: centre + 14 + Double(min(stack, 2)) * 4, size: 2.5,
                    fill: "#FFFFFF")
            }
            if let highlight = row.highlight {
                canvas.marker(.diamond, x: scale.position(highlight), y: centre, size: 6, fill: ChartPalette.vermillion)
            }
        }
        var entries = [
            ChartLegendEntry(symbol: .swatch(ChartPalette.skyBlue), label: "middle half (quartiles)"),
            ChartLegendEntry(symbol: .line(ChartPalette.ink, nil, 3), label: "median"),
            ChartLegendEntry(symbol: .line(ChartPalette.ink, nil, 1), label: "lowest to highest"),
        ]
        if rows.contains(where: { !$0.points.isEmpty }) {
            entries.append(ChartLegendEntry(symbol: .marker(.circle, "#FFFFFF"), label: "one locality"))
        }
        if let highlightLabel, rows.contains(where: { $0.highlight != nil }) {
            entries.append(ChartLegendEntry(symbol: .marker(.diamond, ChartPalette.vermillion), label: highlightLabel))
        }
        canvas.legend(entries, x: 10, y: plotBottom + 58)
        return canvas.render()
    }
}
