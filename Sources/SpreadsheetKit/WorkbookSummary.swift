/// What a spreadsheet file holds, sheet by sheet, and the format it was read as.
public struct WorkbookSummary: Sendable, Hashable {
    /// The detected format.
    public var format: SpreadsheetFormat
    /// The sheets, in workbook order.
    public var sheets: [SheetSummary]

    /// A summary of the given sheets.
    public init(format: SpreadsheetFormat, sheets: [SheetSummary]) {
        self.format = format
        self.sheets = sheets
    }
}
