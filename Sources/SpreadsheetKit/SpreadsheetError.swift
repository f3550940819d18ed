/// Why a spreadsheet file could not be read.
///
/// Every case carries where the problem was found and a lower-case message saying what was found and what
/// was expected; `description` puts the two together, e.g.
/// `Bolton.xml: line 2:10: document type declarations are not allowed`.
public enum SpreadsheetError: Error, Sendable, Hashable, CustomStringConvertible {
    /// The file could not be opened or read.
    case unreadable(SpreadsheetLocation, String)
    /// The file is not a spreadsheet `sli` reads (empty, binary, encrypted, another kind of document).
    case unrecognized(SpreadsheetLocation, String)
    /// The file is damaged: malformed XML, a broken zip package, a part missing, bad CSV.
    case malformed(SpreadsheetLocation, String)
    /// The file uses a construct refused for safety (document type declarations, entity references).
    case forbidden(SpreadsheetLocation, String)
    /// The file goes over one of the `ReadLimits`.
    case limitExceeded(SpreadsheetLocation, String)
    /// A `WorkbookDraft` cannot be written: a format sli does not write, or a sheet name, defined name or
    /// drop-down list that spreadsheet programs refuse.
    case unwritable(SpreadsheetLocation, String)

    /// Where the problem was found.
    public var location: SpreadsheetLocation {
        switch self {
        case .unreadable(let location, _), .unrecognized(let location, _), .malformed(let location, _),
            .forbidden(let location, _), .limitExceeded(let location, _), .unwritable(let location, _):
            location
        }
    }

    /// What was wrong, without the location.
    public var message: String {
        switch self {
        case .unreadable(_, let message), .unrecognized(_, let message), .malformed(_, let message),
            .forbidden(_, let message), .limitExceeded(_, let message), .unwritable(_, let message):
            message
        }
    }

    /// The location and the message, as printed for a person.
    public var description: String { "\(location): \(message)" }
}
