/// A workbook as read from a file, with the format the reader detected.
public struct ReadWorkbook: Sendable, Hashable {
    /// The sheets and their cells.
    public var workbook: Workbook
    /// The format the file's content turned out to be.
    public var format: SpreadsheetFormat

    /// A read workbook of the given content and format.
    public init(workbook: Workbook, format: SpreadsheetFormat) {
        self.workbook = workbook
        self.format = format
    }
}
