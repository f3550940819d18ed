/// One thing wrong with a returned workbook (or another input file), located precisely enough to fix.
public struct Problem: Sendable, Hashable, Codable, CustomStringConvertible {
    /// How serious the problem is.
    public enum Severity: String, Sendable, Hashable, Codable {
        /// The file cannot be accepted until this is fixed.
        case error
        /// The file can be accepted, but a person should look.
        case warning
    }

    /// The file's name as the user gave it.
    public var file: String
    /// The sheet, when the problem is inside one.
    public var sheet: String?
    /// The cell in A1 notation (or `line N` for text files), when the problem is at one place.
    public var cell: String?
    /// Error or warning.
    public var severity: Severity
    /// What was found and what was expected, in lower case.
    public var message: String

    /// A problem at the given place.
    public init(file: String, sheet: String? = nil, cell: String? = nil, severity: Severity = .error, message: String) {
        self.file = file
        self.sheet = sheet
        self.cell = cell
        self.severity = severity
        self.message = message
    }

    /// `Bolton.xml: sheet "Co-sleeping" cell D7: rating "7" is not on the scale 0-4 (or N/A)`.
    public var description: String {
        var text = file
        if let sheet { text += ": sheet \"\(sheet)\"" }
        if let cell { text += (sheet == nil ? ": " : " ") + (cell.hasPrefix("line") ? cell : "cell \(cell)") }
        return text + ": " + message
    }
}
