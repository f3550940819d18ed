/// Horizontal bars, one group per category and one bar per series, each labelled with its value.
///
/// A value of zero draws no bar and no label (the table under the chart still gives it).
struct BarChart {
    /// One series of values, one per category.
    struct Series: Sendable {
        /// The series' name for the legend.
        var name: String
        /// The values in category order.
        var values: [Double]
    }

    /// An identifier unique on the page.
    var id: String
    /// The chart's title.
    var title: String
    /// What the chart shows, for readers who cannot see it.
    var summary: String
    /// The category labels, top to bottom.
    var categories: [String]
    /// The series (at most four; colours repeat beyond).
    var series: [Series]
    /// The axis title with its unit.
    var axisLabel: String
    /// Decimals in value labels.
    var decimals: Int = 0

    private static let colours = [
        ChartPalette.blue, ChartPalette.orange, ChartPalette.bluishGreen, ChartPalette.reddishPurple,
    ]

    /// The most lines a category label takes before it is cut with an ellipsis.
    private static let labelLines = 4

    /// The SVG element.
    func render() -> String {
        let labelWidth = 200.0
        let right = 40.0
        let top = 40.0
        let barHeight = 12.0
        let barsHeight = barHeight * Double(max(1, series.count)) + 12
        // A label wraps onto as many lines as it needs (up to four), and its group grows to hold them.
        let labels = categories.map { SVGCanvas.wrap($0, characters: 32, maximumLines: Self.labelLines) }
        let groupHeights = labels.map { max(barsHeight, Double($0.count) * 13 + 8) }
        let plotBottom = top + groupHeights.reduce(0, +)
        var canvas = SVGCanvas(id: id, height: plotBottom + 62, title: title, summary: summary)
        let largest = series.flatMap(\.values).max() ?? 1
        let scale = ChartScale(
            domainStart: 0, domainEnd: ChartScale.niceMaximum(largest), rangeStart: labelWidth,
            rangeEnd: SVGCanvas.width - right, wholeNumbers: decimals == 0)
        canvas.horizontalAxis(scale, top: top, bottom: plotBottom, tickCount: 5, title: axisLabel)
        var groupStart = top
        for (index, category) in categories.enumerated() {
            let groupHeight = groupHeights[index]
            let groupTop = groupStart + 6
            groupStart += groupHeight
            canvas.wrappedText(
                category, x: labelWidth - 8, y: groupTop + groupHeight / 2 - Double(labels[index].count) * 6.5 + 3,
                characters: 32, anchor: "end", size: 11, maximumLines: Self.labelLines)
            for (seriesIndex, entry) in series.enumerated() {
                let value = index < entry.values.count ? entry.values[index] : 0
                guard value != 0 else { continue }
                let y = groupTop + barHeight * Double(seriesIndex)
                canvas.rect(
                    x: labelWidth, y: y, width: scale.position(value) - labelWidth, height: barHeight - 1,
                    fill: Self.colours[seriesIndex % Self.colours.count])
                canvas.text(
                    ReportNumber.text(value, decimals: decimals), x: scale.position(value) + 4, y: y + barHeight - 2,
                    size: 10)
            }
        }
        canvas.line(x1: labelWidth, y1: top, x2: labelWidth, y2: plotBottom)
        canvas.legend(
            series.enumerated().map { index, entry in
                ChartLegendEntry(symbol: .swatch(Self.colours[index % Self.colours.count]), label: entry.name)
            }, x: 10, y: plotBottom + 52)
        return canvas.render()
    }
}
