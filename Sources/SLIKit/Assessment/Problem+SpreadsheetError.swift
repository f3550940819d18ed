import SpreadsheetKit

extension Problem {
    /// The problem a reader's error stands for in the file received as `fileName`, at the place the
    /// error names: the sheet, the cell or the line and column, and the zip part in the message.
    public init(_ error: SpreadsheetError, fileName: String) {
        let location = error.location
        let line = location.line.map { "line \($0)" + (location.column.map { ":\($0)" } ?? "") }
        let message = location.part.map { "\($0): " + error.message } ?? error.message
        self.init(file: fileName, sheet: location.sheet, cell: location.cell ?? line, message: message)
    }
}
