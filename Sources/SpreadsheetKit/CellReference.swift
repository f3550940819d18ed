/// The position of a cell: a zero-based row and column, written in A1 notation (`B3`).
public struct CellReference: Sendable, Hashable, Comparable, CustomStringConvertible {
    /// The largest number of rows a sheet may have (Excel's limit).
    public static let maximumRows = 1_048_576
    /// The largest number of columns a sheet may have (Excel's limit, `XFD`).
    public static let maximumColumns = 16_384

    /// Zero-based row index (row `1` in A1 notation is `0`).
    public var row: Int
    /// Zero-based column index (column `A` is `0`).
    public var column: Int

    /// A reference from zero-based indexes.
    public init(row: Int, column: Int) {
        self.row = row
        self.column = column
    }

    /// Hashes the position as one number, half the work of hashing row and column apart (a workbook
    /// of a million cells hashes a reference for each).
    public func hash(into hasher: inout Hasher) {
        hasher.combine(row &* Self.maximumColumns &+ column)
    }

    /// Parses A1 notation such as `B3` or `$B$3`; `nil` when the text is not a reference within the
    /// sheet limits.
    public init?(_ a1: some StringProtocol) {
        guard let reference = Self.unbounded(utf8: a1.utf8), reference.row < Self.maximumRows,
            reference.column < Self.maximumColumns
        else { return nil }
        self = reference
    }

    /// The column's letters: `A` for 0, `Z` for 25, `AA` for 26.
    public static func columnName(_ column: Int) -> String {
        var number = column + 1
        var scalars: [Unicode.Scalar] = []
        while number > 0 {
            let remainder = (number - 1) % 26
            scalars.append(Unicode.Scalar(UInt8(ascii: "A") + UInt8(remainder)))
            number = (number - 1) / 26
        }
        return String(String.UnicodeScalarView(scalars.reversed()))
    }

    /// The reference in A1 notation.
    public var description: String { Self.columnName(column) + String(row + 1) }

    /// Rows first, then columns: the order readers emit cells in.
    public static func < (lhs: CellReference, rhs: CellReference) -> Bool {
        (lhs.row, lhs.column) < (rhs.row, rhs.column)
    }
}
