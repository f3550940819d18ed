/// A workbook-wide name for a range of cells on one sheet (Excel's defined name, ODF's named range).
public struct DefinedName: Sendable, Hashable {
    /// The name: a letter or underscore, then letters, digits, underscores or dots.
    public var name: String
    /// The sheet the range is on.
    public var sheet: String
    /// The cells named.
    public var range: CellRange

    /// A name for `range` on `sheet`.
    public init(name: String, sheet: String, range: CellRange) {
        self.name = name
        self.sheet = sheet
        self.range = range
    }
}
