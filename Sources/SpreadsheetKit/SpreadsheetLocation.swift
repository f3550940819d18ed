/// Where in a spreadsheet file something was found: the file, and as much of part, sheet, cell, line and
/// column as is known.
public struct SpreadsheetLocation: Sendable, Hashable, CustomStringConvertible {
    /// The file's name as the user gave it.
    public var file: String
    /// The member of a zip package (`xl/worksheets/sheet1.xml`), when the file is one.
    public var part: String?
    /// The sheet's name.
    public var sheet: String?
    /// The cell, in A1 notation.
    public var cell: String?
    /// The one-based line in the file or part.
    public var line: Int?
    /// The one-based column in that line.
    public var column: Int?

    /// A location with the given details.
    public init(
        file: String, part: String? = nil, sheet: String? = nil, cell: String? = nil, line: Int? = nil,
        column: Int? = nil
    ) {
        self.file = file
        self.part = part
        self.sheet = sheet
        self.cell = cell
        self.line = line
        self.column = column
    }

    /// `Bolton.xlsx: xl/worksheets/sheet1.xml: sheet "Data" cell B3` or `Bolton.xml: line 3:17`.
    public var description: String {
        var text = file
        if let part { text += ": " + part }
        var details: [String] = []
        if let sheet { details.append("sheet \"\(sheet)\"") }
        if let cell { details.append("cell \(cell)") }
        if let line { details.append("line \(line)" + (column.map { ":\($0)" } ?? "")) }
        if !details.isEmpty { text += ": " + details.joined(separator: " ") }
        return text
    }
}
