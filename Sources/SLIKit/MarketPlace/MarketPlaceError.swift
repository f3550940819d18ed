/// Why Market Place entries could not be read.
public enum MarketPlaceError: Error, Sendable, Hashable, CustomStringConvertible {
    /// The file has no sheet with a header row.
    case emptyFile(file: String)
    /// The header row lacks required columns.
    case missingColumns(file: String, sheet: String, columns: [String])
    /// An entry given field by field (on the command line) is wrong.
    case invalidEntry(messages: [String])

    /// The message a person reads, in lower case, naming the file and where.
    public var description: String {
        switch self {
        case .emptyFile(let file):
            "\(file): no rows found, expected a header row with kind,locality,theme,item,title,description,capacity"
        case .missingColumns(let file, let sheet, let columns):
            "\(file): sheet \"\(sheet)\": header row lacks the column(s) \(columns.joined(separator: ", ")); "
                + "expected kind,locality,theme,item,title,description,capacity"
        case .invalidEntry(let messages):
            messages.joined(separator: "; ")
        }
    }
}
