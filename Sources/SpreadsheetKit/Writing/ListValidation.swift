/// A drop-down list offered in a range of cells; other entries are refused by the spreadsheet program.
public struct ListValidation: Sendable, Hashable {
    /// Where the list's choices come from.
    public enum Source: Sendable, Hashable {
        /// The given choices (no commas; at most 255 characters in all, Excel's limit).
        case values([String])
        /// The cells of a workbook-wide `DefinedName`.
        case name(String)
    }

    /// The cells that offer the list.
    public var range: CellRange
    /// The choices.
    public var source: Source
    /// The message shown when someone types something that is not in the list.
    public var errorMessage: String?

    /// A list over `range` with choices from `source`.
    public init(range: CellRange, source: Source, errorMessage: String? = nil) {
        self.range = range
        self.source = source
        self.errorMessage = errorMessage
    }
}
