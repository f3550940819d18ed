import SLIKit

/// A spine chart: each indicator's value placed against the spread of the region's localities.
///
/// Each row is scaled on its own around the regional value (the spine, a vertical line in the middle),
/// oriented so that better is to the right where the indicator has a polarity. The light band is the
/// range of the localities' values, the dark band their quartiles; the England value is a dashed tick.
/// The marker's shape and colour give the comparison with the region.
///
/// A compact chart (for a page with one chart per locality) has short rows under its title and no
/// legend; the page explains the symbols once.
struct SpineChart {
    /// One indicator's row.
    struct Row: Sendable {
        /// The indicator's name.
        var label: String
        /// The value as printed, with its unit.
        var valueText: String
        /// The value.
        var value: Double
        /// The regional value the row centres on.
        var regionValue: Double
        /// The England value, when known.
        var englandValue: Double?
        /// The localities' spread, when known.
        var spread: ReportSpread?
        /// Which direction is good.
        var polarity: ReportIndicator.Polarity
        /// The comparison with the region that colours the marker.
        var outcome: ReportVerdict.Outcome
    }

    /// An identifier unique on the page.
    var id: String
    /// The chart's title.
    var title: String
    /// What the chart shows, for readers who cannot see it.
    var summary: String
    /// The rows, top to bottom.
    var rows: [Row]
    /// The region's name, for the legend.
    var regionName: String
    /// Whether to draw short rows with no column headings and no legend.
    var compact = false

    /// The SVG element.
    func render() -> String {
        let labelWidth = 220.0
        let valueWidth = 90.0
        let right = 20.0
        let top = compact ? 28.0 : 58.0
        let rowHeight = compact ? 17.0 : 30.0
        let plotLeft = labelWidth + valueWidth
        let plotRight = SVGCanvas.width - right
        let centreX = (plotLeft + plotRight) / 2
        let halfWidth = (plotRight - plotLeft) / 2
        let plotBottom = top + rowHeight * Double(rows.count)
        var canvas = SVGCanvas(id: id, height: plotBottom + (compact ? 6 : 68), title: title, summary: summary)
        if !compact {
            canvas.text("Indicator", x: 10, y: top - 8, size: 11, weight: "bold")
            canvas.text("Value", x: plotLeft - 10, y: top - 8, anchor: "end", size: 11, weight: "bold")
            canvas.text(regionName, x: centreX, y: top - 24, anchor: "middle", size: 11)
        }
        canvas.text("\u{2190} worse (or lower)", x: plotLeft, y: top - 7, size: compact ? 10 : 11)
        canvas.text("better (or higher) \u{2192}", x: plotRight, y: top - 7, anchor: "end", size: compact ? 10 : 11)
        for (index, row) in rows.enumerated() {
            let y = top + rowHeight * Double(index)
            let centre = y + rowHeight / 2
            if index % 2 == 0 {
                canvas.rect(x: 0, y: y, width: SVGCanvas.width, height: rowHeight, fill: "#F7F7F7")
            }
            if compact {
                canvas.wrappedText(row.label, x: 10, y: centre + 4, characters: 40, size: 10, maximumLines: 1)
            } else {
                let lines = SVGCanvas.wrap(row.label, characters: 34, maximumLines: 2)
                canvas.wrappedText(
                    row.label, x: 10, y: centre + 4 - Double(lines.count - 1) * 6.5, characters: 34, size: 11,
                    maximumLines: 2)
            }
            canvas.text(row.valueText, x: plotLeft - 10, y: centre + 4, anchor: "end", size: compact ? 10 : 11)
            let candidates = [row.value, row.englandValue, row.spread?.minimum, row.spread?.maximum].compactMap { $0 }
            let reach = candidates.map { abs($0 - row.regionValue) }.max() ?? 0
            let direction: Double = row.polarity == .lowIsGood ? -1 : 1
            func position(_ value: Double) -> Double {
                guard reach > 0 else { return centreX }
                return centreX + direction * (value - row.regionValue) / reach * halfWidth * 0.95
            }
            let band = compact ? 5.0 : 8.0
            if let spread = row.spread {
                let low = min(position(spread.minimum), position(spread.maximum))
                let high = max(position(spread.minimum), position(spread.maximum))
                canvas.rect(
                    x: low, y: centre - band, width: high - low, height: band * 2, fill: ChartPalette.lightGrey)
                let quartileLow = min(position(spread.lowerQuartile), position(spread.upperQuartile))
                let quartileHigh = max(position(spread.lowerQuartile), position(spread.upperQuartile))
                canvas.rect(
                    x: quartileLow, y: centre - band, width: quartileHigh - quartileLow, height: band * 2,
                    fill: ChartPalette.midGrey)
            }
            if let england = row.englandValue {
                canvas.line(
                    x1: position(england), y1: centre - band - 3, x2: position(england), y2: centre + band + 3,
                    width: 2, dash: "3 2")
            }
            let (shape, fill) = Self.style(row.outcome)
            let beyondOuterLevel = row.outcome == .best || row.outcome == .worst
            let markerSize = (beyondOuterLevel ? 7.5 : 5) * (compact ? 0.8 : 1)
            canvas.marker(shape, x: position(row.value), y: centre, size: markerSize, fill: fill)
        }
        canvas.line(x1: centreX, y1: top - (compact ? 4 : 18), x2: centreX, y2: plotBottom, width: 1.5)
        guard !compact else { return canvas.render() }
        canvas.legend(
            [
                ChartLegendEntry(symbol: .swatch(ChartPalette.lightGrey), label: "range"),
                ChartLegendEntry(symbol: .swatch(ChartPalette.midGrey), label: "quartiles"),
                ChartLegendEntry(symbol: .line(ChartPalette.ink, nil, 1.5), label: regionName),
                ChartLegendEntry(symbol: .line(ChartPalette.ink, "3 2", 2), label: "England"),
            ], x: 10, y: plotBottom + 20)
        canvas.legend(
            [
                ChartLegendEntry(symbol: .marker(.diamond, ChartPalette.vermillion), label: "worse"),
                ChartLegendEntry(symbol: .marker(.circle, "#FFFFFF"), label: "similar"),
                ChartLegendEntry(symbol: .marker(.square, ChartPalette.blue), label: "better"),
                ChartLegendEntry(symbol: .marker(.triangle, ChartPalette.reddishPurple), label: "higher/lower"),
            ], x: 10, y: plotBottom + 40)
        canvas.text(
            "Larger markers: best or worst (beyond the 99.8% level). Comparisons are with the \(regionName) value.",
            x: 10, y: plotBottom + 60, size: 11)
        return canvas.render()
    }

    /// The marker shape and fill that show an outcome.
    static func style(_ outcome: ReportVerdict.Outcome) -> (ChartMarker, String) {
        switch outcome {
        case .best, .better: (.square, ChartPalette.blue)
        case .worse, .worst: (.diamond, ChartPalette.vermillion)
        case .higher, .lower: (.triangle, ChartPalette.reddishPurple)
        case .similar, .notCompared: (.circle, "#FFFFFF")
        }
    }
}
