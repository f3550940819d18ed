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
    /// The control limits in increasing order of denominator.
    var limits: [FunnelPoint]
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
        let largest = points.map(\.denominator).max() ?? limits.map(\.denominator).max() ?? 1
        let x = ChartScale(
            domainStart: 0, domainEnd: ChartScale.niceMaximum(largest * 1.05), rangeStart: left,
            rangeEnd: SVGCanvas.width - right)
        let shown = limits.filter { $0.denominator <= x.domainEnd }
        let visibleLimits = shown.filter { $0.denominator >= largest * 0.1 }
        let highest = (points.map(\.rate) + visibleLimits.map(\.upper998) + [pooledRate]).max() ?? 1
        let lowest = max(0, (points.map(\.rate) + visibleLimits.map(\.lower998)).min() ?? 0)
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
        func curve(_ value: (FunnelPoint) -> Double) -> [(Double, Double)] {
            shown.filter { y.domainStart...y.domainEnd ~= value($0) }.map {
                (x.position($0.denominator), y.position(value($0)))
            }
        }
        canvas.polyline(curve(\.upper998), stroke: ChartPalette.vermillion, width: 1.5)
        canvas.polyline(curve(\.lower998), stroke: ChartPalette.vermillion, width: 1.5)
        canvas.polyline(curve(\.upper95), stroke: ChartPalette.blue, width: 1.5, dash: "6 3")
        canvas.polyline(curve(\.lower95), stroke: ChartPalette.blue, width: 1.5, dash: "6 3")
        canvas.line(
            x1: left, y1: y.position(pooledRate), x2: SVGCanvas.width - right, y2: y.position(pooledRate), width: 1.5)
        for point in points {
            let band = Self.band(of: point, limits: limits)
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

    /// 0 when the point lies within the 95% limits, 1 when outside them but within 99.8%, 2 beyond 99.8%.
    ///
    /// The limits are interpolated linearly between the two samples around the point's denominator.
    static func band(of point: Point, limits: [FunnelPoint]) -> Int {
        guard let limit = interpolated(limits, at: point.denominator) else { return 0 }
        if point.rate > limit.upper998 || point.rate < limit.lower998 { return 2 }
        if point.rate > limit.upper95 || point.rate < limit.lower95 { return 1 }
        return 0
    }

    private static func interpolated(_ limits: [FunnelPoint], at denominator: Double) -> FunnelPoint? {
        guard let first = limits.first, let last = limits.last else { return nil }
        if denominator <= first.denominator { return first }
        if denominator >= last.denominator { return last }
        for (below, above) in zip(limits, limits.dropFirst()) where denominator <= above.denominator {
            let span = above.denominator - below.denominator
            let t = span > 0 ? (denominator - below.denominator) / span : 0
            func mix(_ value: (FunnelPoint) -> Double) -> Double {
                value(below) + (value(above) - value(below)) * t
            }
            return FunnelPoint(
                denominator: denominator, lower95: mix(\.lower95), upper95: mix(\.upper95), lower998: mix(\.lower998),
                upper998: mix(\.upper998))
        }
        return last
    }
}
