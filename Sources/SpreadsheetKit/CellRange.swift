/// A rectangle of cells, such as a merged range `B2:D3`.
public struct CellRange: Sendable, Hashable, CustomStringConvertible {
    /// The top-left cell.
    public var start: CellReference
    /// The bottom-right cell.
    public var end: CellReference

    /// A range from its corners, in any order.
    public init(_ first: CellReference, _ second: CellReference) {
        start = CellReference(row: min(first.row, second.row), column: min(first.column, second.column))
        end = CellReference(row: max(first.row, second.row), column: max(first.column, second.column))
    }

    /// Parses `B2:D3` (or a single reference, a one-cell range).
    public init?(_ text: some StringProtocol) {
        let parts = text.split(separator: ":")
        guard (1...2).contains(parts.count), let first = CellReference(parts[0]),
            let second = CellReference(parts[parts.count - 1])
        else { return nil }
        self.init(first, second)
    }

    /// Whether `reference` lies inside the range.
    public func contains(_ reference: CellReference) -> Bool {
        (start.row...end.row).contains(reference.row) && (start.column...end.column).contains(reference.column)
    }

    /// The range in A1 notation.
    public var description: String { start == end ? start.description : "\(start):\(end)" }
}
