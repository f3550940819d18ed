/// Builds one SVG chart: a fixed view box, an accessible title and description, and drawing calls.
///
/// The chart scales to the width of its container (at most the view box width of 720 units, which fits
/// the printable width of A4 portrait) and keeps its aspect ratio, so nothing is cut off in print.
struct SVGCanvas {
    /// The view box width every chart uses.
    static let width = 720.0

    /// An identifier unique on the page; the title and description take it as a prefix.
    var id: String
    /// The view box height.
    var height: Double
    /// The chart's title, drawn at the top and given as the accessible name.
    var title: String
    /// A sentence or two that say what the chart shows, given as the accessible description.
    var summary: String
    private var body: [String] = []

    /// A canvas with the given identifier, height, title and description; the title is drawn.
    init(id: String, height: Double, title: String, summary: String) {
        self.id = id
        self.height = height
        self.title = title
        self.summary = summary
        text(title, x: 10, y: 20, size: 15, weight: "bold")
    }

    /// The finished SVG element.
    func render() -> String {
        let escapedID = Markup.escape(id)
        var lines = [
            "<svg class=\"chart\" role=\"img\" "
                + "viewBox=\"0 0 \(Self.number(Self.width)) \(Self.number(height))\" "
                + "aria-labelledby=\"\(escapedID)-title \(escapedID)-desc\" "
                + "font-family=\"Helvetica, Arial, sans-serif\" font-size=\"12\">",
            "<title id=\"\(escapedID)-title\">\(Markup.escape(title))</title>",
            "<desc id=\"\(escapedID)-desc\">\(Markup.escape(summary))</desc>",
            "<rect x=\"0\" y=\"0\" width=\"\(Self.number(Self.width))\" height=\"\(Self.number(height))\" "
                + "fill=\"#FFFFFF\"/>",
        ]
        lines += body
        lines.append("</svg>")
        return lines.joined(separator: "\n")
    }

    /// Adds raw, already escaped markup (gradients and other definitions).
    mutating func raw(_ markup: String) {
        body.append(markup)
    }

    /// Draws a rectangle.
    mutating func rect(
        x: Double, y: Double, width: Double, height: Double, fill: String, stroke: String? = nil,
        strokeWidth: Double = 1
    ) {
        var element =
            "<rect x=\"\(Self.number(x))\" y=\"\(Self.number(y))\" width=\"\(Self.number(max(0, width)))\" "
            + "height=\"\(Self.number(max(0, height)))\" fill=\"\(Markup.escape(fill))\""
        if let stroke {
            element += " stroke=\"\(Markup.escape(stroke))\" stroke-width=\"\(Self.number(strokeWidth))\""
        }
        body.append(element + "/>")
    }

    /// Draws a straight line.
    mutating func line(
        x1: Double, y1: Double, x2: Double, y2: Double, stroke: String = ChartPalette.ink, width: Double = 1,
        dash: String? = nil
    ) {
        var element =
            "<line x1=\"\(Self.number(x1))\" y1=\"\(Self.number(y1))\" x2=\"\(Self.number(x2))\" "
            + "y2=\"\(Self.number(y2))\" stroke=\"\(Markup.escape(stroke))\" stroke-width=\"\(Self.number(width))\""
        if let dash { element += " stroke-dasharray=\"\(Markup.escape(dash))\"" }
        body.append(element + "/>")
    }

    /// Draws a line through the given points.
    mutating func polyline(
        _ points: [(Double, Double)], stroke: String, width: Double = 1.5, dash: String? = nil
    ) {
        guard points.count > 1 else { return }
        let coordinates = points.map { "\(Self.number($0.0)),\(Self.number($0.1))" }.joined(separator: " ")
        var element =
            "<polyline points=\"\(coordinates)\" fill=\"none\" stroke=\"\(Markup.escape(stroke))\" "
            + "stroke-width=\"\(Self.number(width))\""
        if let dash { element += " stroke-dasharray=\"\(Markup.escape(dash))\"" }
        body.append(element + "/>")
    }

    /// Draws a marker of the given shape centred on a point.
    mutating func marker(
        _ shape: ChartMarker, x: Double, y: Double, size: Double = 5, fill: String, stroke: String = ChartPalette.ink
    ) {
        let paint = "fill=\"\(Markup.escape(fill))\" stroke=\"\(Markup.escape(stroke))\" stroke-width=\"1\""
        switch shape {
        case .circle:
            body.append(
                "<circle cx=\"\(Self.number(x))\" cy=\"\(Self.number(y))\" r=\"\(Self.number(size))\" \(paint)/>")
        case .diamond:
            let d = size * 1.3
            body.append(
                "<polygon points=\"\(Self.number(x)),\(Self.number(y - d)) \(Self.number(x + d)),\(Self.number(y)) "
                    + "\(Self.number(x)),\(Self.number(y + d)) \(Self.number(x - d)),\(Self.number(y))\" \(paint)/>")
        case .triangle:
            let d = size * 1.2
            body.append(
                "<polygon points=\"\(Self.number(x)),\(Self.number(y - d)) \(Self.number(x + d)),\(Self.number(y + d)) "
                    + "\(Self.number(x - d)),\(Self.number(y + d))\" \(paint)/>")
        case .square:
            rect(x: x - size, y: y - size, width: size * 2, height: size * 2, fill: fill, stroke: stroke)
        }
    }

    /// Draws text; `anchor` is `start`, `middle` or `end`.
    mutating func text(
        _ content: String, x: Double, y: Double, anchor: String = "start", size: Double = 12,
        weight: String = "normal", fill: String = ChartPalette.ink, rotate: Double? = nil
    ) {
        var element =
            "<text x=\"\(Self.number(x))\" y=\"\(Self.number(y))\" text-anchor=\"\(anchor)\" "
            + "font-size=\"\(Self.number(size))\" fill=\"\(Markup.escape(fill))\""
        if weight != "normal" { element += " font-weight=\"\(weight)\"" }
        if let rotate {
            element += " transform=\"rotate(\(Self.number(rotate)) \(Self.number(x)) \(Self.number(y)))\""
        }
        body.append(element + ">\(Markup.escape(content))</text>")
    }

    /// Draws text broken into lines of at most `characters` characters, one below the other.
    mutating func wrappedText(
        _ content: String, x: Double, y: Double, characters: Int, anchor: String = "start", size: Double = 12,
        maximumLines: Int = 3
    ) {
        for (index, line) in Self.wrap(content, characters: characters, maximumLines: maximumLines).enumerated() {
            text(line, x: x, y: y + Double(index) * (size + 2), anchor: anchor, size: size)
        }
    }

    /// Draws a horizontal value axis under a plot: grid lines from `top` to `bottom` at about `tickCount`
    /// round values, their labels, the base line and the axis title centred below.
    mutating func horizontalAxis(_ scale: ChartScale, top: Double, bottom: Double, tickCount: Int, title: String) {
        for tick in scale.ticks(tickCount) {
            let x = scale.position(tick)
            line(x1: x, y1: top, x2: x, y2: bottom, stroke: ChartPalette.lightGrey)
            text(
                ReportNumber.tick(tick, decimals: scale.tickDecimals(tickCount)), x: x, y: bottom + 14,
                anchor: "middle", size: 11)
        }
        line(x1: scale.rangeStart, y1: bottom, x2: scale.rangeEnd, y2: bottom)
        text(title, x: (scale.rangeStart + scale.rangeEnd) / 2, y: bottom + 30, anchor: "middle")
    }

    /// Draws a row of legend entries, each a symbol and its label, starting at `x` on the baseline `y`.
    mutating func legend(_ entries: [ChartLegendEntry], x: Double, y: Double) {
        var cursor = x
        for entry in entries {
            switch entry.symbol {
            case .swatch(let fill):
                rect(x: cursor, y: y - 9, width: 14, height: 10, fill: fill, stroke: ChartPalette.ink, strokeWidth: 0.5)
            case .marker(let shape, let fill):
                marker(shape, x: cursor + 7, y: y - 4, size: 4.5, fill: fill)
            case .line(let stroke, let dash, let width):
                line(x1: cursor, y1: y - 4, x2: cursor + 14, y2: y - 4, stroke: stroke, width: width, dash: dash)
            }
            text(entry.label, x: cursor + 19, y: y, size: 11)
            cursor += 19 + Self.textWidth(entry.label, size: 11) + 16
        }
    }

    /// Breaks `content` into lines of at most `characters` characters at spaces; the last line ends with
    /// an ellipsis when the text does not fit in `maximumLines`.
    static func wrap(_ content: String, characters: Int, maximumLines: Int) -> [String] {
        var lines: [String] = []
        var current = ""
        for word in content.split(separator: " ") {
            if current.isEmpty {
                current = String(word)
            } else if current.count + 1 + word.count <= characters {
                current += " " + word
            } else {
                lines.append(current)
                current = String(word)
            }
        }
        if !current.isEmpty { lines.append(current) }
        if lines.count > maximumLines {
            lines = Array(lines.prefix(maximumLines))
            let last = lines[maximumLines - 1]
            lines[maximumLines - 1] = String(last.prefix(max(1, characters - 1))) + "\u{2026}"
        }
        return lines
    }

    /// The approximate width of `content` at the given font size.
    static func textWidth(_ content: String, size: Double) -> Double {
        Double(content.count) * size * 0.55
    }

    /// A coordinate with at most one decimal (0 for a value that is not finite, so a page never breaks).
    static func number(_ value: Double) -> String {
        guard value.isFinite, abs(value) < 1e9 else { return "0" }
        let rounded = (value * 10).rounded() / 10
        if rounded == rounded.rounded() { return String(Int(rounded)) }
        return ReportNumber.text(rounded, decimals: 1)
    }
}
