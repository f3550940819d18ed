/// How a sheet prints: landscape A4, one page wide, a title at the top of every page and, where the
/// sheet has one, its header row repeated on every page.
///
/// All three formats carry the same setup: SpreadsheetML 2003 `PageSetup`, `FitToPage` and a
/// `Print_Titles` name; XLSX `pageSetup`, `fitToPage` and `_xlnm.Print_Titles`; flat ODS a page layout,
/// a master page and `table:table-header-rows`.
public struct PageSetup: Sendable, Hashable {
    /// The line printed at the top of every page (the locality and the cycle, say).
    public var title: String
    /// The zero-based rows printed at the top of every page, or `nil` for none.
    public var repeatedRows: ClosedRange<Int>?

    /// A page setup with `title` on every page and `repeatedRows` repeated below it.
    public init(title: String, repeatedRows: ClosedRange<Int>? = nil) {
        self.title = title
        self.repeatedRows = repeatedRows
    }
}
