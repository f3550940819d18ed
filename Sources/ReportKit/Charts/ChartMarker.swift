/// The shape of a point marker; charts vary shape as well as colour so that neither is needed alone.
enum ChartMarker: Sendable {
    /// A circle.
    case circle
    /// A diamond.
    case diamond
    /// An upward triangle.
    case triangle
    /// A square.
    case square
}
