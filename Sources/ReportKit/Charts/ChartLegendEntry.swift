/// One entry of a chart legend: a symbol and its label.
struct ChartLegendEntry: Sendable {
    /// What the legend draws before the label.
    enum Symbol: Sendable {
        /// A filled box.
        case swatch(String)
        /// A point marker with its fill.
        case marker(ChartMarker, String)
        /// A line with its colour, dash pattern and width.
        case line(String, String?, Double)
    }

    /// The symbol.
    var symbol: Symbol
    /// The label.
    var label: String
}
