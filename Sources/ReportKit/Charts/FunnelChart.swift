import SLIKit

/// A funnel plot: rates against their denominators, with the pooled rate and 95% and 99.8% control limits.
struct FunnelChart {
    /// One labelled point.
    struct Point: Sendable {
        /// The point's label (a locality's name).
        var label: String
        /// The denominator.
        var denominator: Double
        /// The rate.
        var rate: Double
        /// Where the point lies, tested at its own denominator: this, not the drawn lines, sets its marker.
        var position: FunnelPosition
    }

    /// An identifier unique on the page.
    var id: String
    /// The chart's title.
    var title: String
    /// What the chart shows, for readers who cannot see it.
    var summary: String
    /// The points.
    var points: [Point]
    /// The pooled rate.
    var pooledRate: Double
    /// The control lines.
    var lines: [FunnelLine]
    /// The horizontal axis title.
    var xLabel: String
    /// The vertical axis title with its unit.
    var yLabel: String

    /// The SVG element.
    func render() -> String {
        let left = 70.0
        let right = 20.0
        let top = 40.0
        let plotHeight = 340.0
        let plotBottom = top + plotHeight
        var canvas = SVGCanvas(id: id, height: plotBottom + 84, title: title, summary: summary)
        let largest = points.map(\.denominator).max() ?? lines.flatMap(\.points).map(\.denominator).max() ?? 1
        let x = ChartScale(
            domainStart: 0, domainEnd: ChartScale.niceMaximum(largest * 1.05), rangeStart: left,
            rangeEnd: SVGCanvas.width - right)
        let shown = lines.map { line in
            (line, line.points.filter { $0.denominator <= x.domainEnd && $0.value.isFinite })
        }
        let visible = shown.filter { $0.0.level == .ninetyNinePointEight }.flatMap { _, points in
            points.filter { $0.denominator >= largest * 0.1 }.map(\.value)
        }
        let highest = (points.map(\.rate) + visible + [pooledRate]).max() ?? 1
        let lowest = max(0, (points.map(\.rate) + visible).min() ?? 0)
        let yBottom = max(0, (lowest - (highest - lowest) * 0.1))
        let y = ChartScale(
            domainStart: (yBottom * 2).rounded(.down) / 2, domainEnd: highest + (highest - lowest) * 0.1,
            rangeStart: plotBottom, rangeEnd: top)
        canvas.horizontalAxis(x, top: top, bottom: plotBottom, tickCount: 6, title: xLabel)
        for tick in y.ticks(6) {
            let position = y.position(tick)
            canvas.line(
                x1: left, y1: position, x2: SVGCanvas.width - right, y2: position, stroke: ChartPalette.lightGrey)
            canvas.text(
                ReportNumber.tick(tick, decimals: y.tickDecimals(6)), x: left - 6, y: position + 4, anchor: "end",
                size: 11)
        }
        canvas.line(x1: left, y1: top, x2: left, y2: plotBottom)
        canvas.text(yLabel, x: 16, y: (top + plotBottom) / 2, anchor: "middle", rotate: -90)
        for (line, points) in shown {
            let curve = points.filter { y.domainStart...y.domainEnd ~= $0.value }.map {
                (x.position($0.denominator), y.position($0.value))
            }
            if line.level == .ninetyNinePointEight {
                canvas.polyline(curve, stroke: ChartPalette.vermillion, width: 1.5)
            } else {
                canvas.polyline(curve, stroke: ChartPalette.blue, width: 1.5, dash: "6 3")
            }
        }
        canvas.line(
            x1: left, y1: y.position(pooledRate), x2: SVGCanvas.width - right, y2: y.position(pooledRate), width: 1.5)
        for point in points {
            let band = point.position.band
            let px = x.position(point.denominator)
            let py = y.position(point.rate)
            switch band {
            case 0: canvas.marker(.circle, x: px, y: py, size: 4, fill: "#FFFFFF")
            case 1: canvas.marker(.triangle, x: px, y: py, size: 4.5, fill: ChartPalette.orange)
            default: canvas.marker(.diamond, x: px, y: py, size: 5, fill: ChartPalette.vermillion)
            }
            if band > 0 {
                let anchor = px > SVGCanvas.width - 140 ? "end" : "start"
                canvas.text(point.label, x: px + (anchor == "end" ? -8 : 8), y: py - 6, anchor: anchor, size: 11)
            }
        }
        canvas.legend(
            [
                ChartLegendEntry(symbol: .line(ChartPalette.ink, nil, 1.5), label: "pooled rate"),
                ChartLegendEntry(symbol: .line(ChartPalette.blue, "6 3", 1.5), label: "95% limits"),
                ChartLegendEntry(symbol: .line(ChartPalette.vermillion, nil, 1.5), label: "99.8% limits"),
            ], x: 10, y: plotBottom + 56)
        canvas.legend(
            [
                ChartLegendEntry(symbol: .marker(.circle, "#FFFFFF"), label: "within 95%"),
                ChartLegendEntry(symbol: .marker(.triangle, ChartPalette.orange), label: "outside 95%"),
                ChartLegendEntry(symbol: .marker(.diamond, ChartPalette.vermillion), label: "outside 99.8%"),
            ], x: 10, y: plotBottom + 76)
        return canvas.render()
    }
}
