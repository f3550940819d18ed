/// A grid of rows (localities) by columns (themes), each cell coloured by its score and labelled with it.
struct HeatmapChart {
    /// An identifier unique on the page.
    var id: String
    /// The chart's title.
    var title: String
    /// What the chart shows, for readers who cannot see it.
    var summary: String
    /// The row labels, top to bottom.
    var rowLabels: [String]
    /// The column labels, left to right.
    var columnLabels: [String]
    /// The values, one array per row with one value per column; nil draws an empty cell marked `n/a`.
    var values: [[Double?]]
    /// The value at the dark end of the colour scale.
    var minimum: Double
    /// The value at the light end of the colour scale.
    var maximum: Double
    /// Decimals in cell labels.
    var decimals: Int
    /// What the values are, e.g. `Theme score (0-4)`, shown with the legend.
    var valueLabel: String

    /// The SVG element.
    func render() -> String {
        let labelWidth = 180.0
        let right = 10.0
        let top = 40.0
        let headerHeight = 52.0
        let rowHeight = 20.0
        let columnWidth = (SVGCanvas.width - labelWidth - right) / Double(max(1, columnLabels.count))
        let gridTop = top + headerHeight
        let gridBottom = gridTop + rowHeight * Double(rowLabels.count)
        var canvas = SVGCanvas(id: id, height: gridBottom + 60, title: title, summary: summary)
        let characters = max(6, Int(columnWidth / 6.2))
        for (column, label) in columnLabels.enumerated() {
            let centre = labelWidth + columnWidth * (Double(column) + 0.5)
            let lines = SVGCanvas.wrap(label, characters: characters, maximumLines: 3)
            let firstLine = gridTop - 6 - Double(lines.count - 1) * 13
            for (index, line) in lines.enumerated() {
                canvas.text(line, x: centre, y: firstLine + Double(index) * 13, anchor: "middle", size: 11)
            }
        }
        for (row, label) in rowLabels.enumerated() {
            let y = gridTop + rowHeight * Double(row)
            canvas.text(label, x: labelWidth - 8, y: y + 14, anchor: "end", size: 12)
            for column in columnLabels.indices {
                let x = labelWidth + columnWidth * Double(column)
                let value = row < values.count && column < values[row].count ? values[row][column] : nil
                if let value {
                    let fraction = (value - minimum) / (maximum - minimum)
                    canvas.rect(
                        x: x, y: y, width: columnWidth, height: rowHeight, fill: ChartPalette.sequential(fraction),
                        stroke: "#FFFFFF")
                    canvas.text(
                        ReportNumber.text(value, decimals: decimals), x: x + columnWidth / 2, y: y + 14,
                        anchor: "middle", size: 11, fill: ChartPalette.textOnSequential(fraction))
                } else {
                    canvas.rect(
                        x: x, y: y, width: columnWidth, height: rowHeight, fill: "#F2F2F2", stroke: "#FFFFFF")
                    canvas.text("n/a", x: x + columnWidth / 2, y: y + 14, anchor: "middle", size: 11)
                }
            }
        }
        drawLegend(into: &canvas, x: labelWidth, y: gridBottom + 24)
        return canvas.render()
    }

    private func drawLegend(into canvas: inout SVGCanvas, x: Double, y: Double) {
        canvas.text(valueLabel, x: x - 8, y: y + 12, anchor: "end", size: 11)
        let steps = 40
        let width = 260.0
        for step in 0..<steps {
            let fraction = Double(step) / Double(steps - 1)
            canvas.rect(
                x: x + width * Double(step) / Double(steps), y: y, width: width / Double(steps) + 0.5, height: 14,
                fill: ChartPalette.sequential(fraction))
        }
        canvas.rect(x: x, y: y, width: width, height: 14, fill: "none", stroke: ChartPalette.ink, strokeWidth: 0.5)
        let scale = ChartScale(domainStart: minimum, domainEnd: maximum, rangeStart: x, rangeEnd: x + width)
        for tick in scale.ticks(4) {
            let position = scale.position(tick)
            canvas.line(x1: position, y1: y + 14, x2: position, y2: y + 18)
            canvas.text(
                ReportNumber.text(tick, decimals: scale.tickDecimals(4)), x: position, y: y + 30, anchor: "middle",
                size: 10)
        }
        canvas.text("darker = lower, lighter = higher", x: x + width + 12, y: y + 12, size: 11)
    }
}
