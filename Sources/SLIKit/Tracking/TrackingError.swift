/// What can go wrong while tracking recommendations, importing action plans or evaluating a follow-up.
public enum TrackingError: Error, Sendable, Hashable, CustomStringConvertible {
    /// A status text that is not one of the four statuses.
    case unknownStatus(String)
    /// An update naming a recommendation the framework does not track.
    case unknownRecommendation(id: String, frameworkID: String)
    /// An update marking a recommendation "not taken forward" without saying why.
    case missingReason(recommendationID: String)
    /// An update with no author.
    case missingAuthor(recommendationID: String)
    /// A spreadsheet with no row that reads as an action plan's header.
    case noHeaderRow(file: String)
    /// Assessments from a framework other than the one being evaluated.
    case frameworkMismatch(file: String, found: String, expected: String)
    /// An indicator file with a missing column or an unreadable value.
    case indicatorFile(file: String, cell: String?, message: String)

    /// The message, in lower case, saying what was found and what was expected.
    public var description: String {
        switch self {
        case .unknownStatus(let text):
            "status \"\(text)\" is not one of \(RecommendationStatus.allCases.map(\.rawValue).joined(separator: ", "))"
        case .unknownRecommendation(let id, let frameworkID):
            "recommendation \"\(id)\" is not a tracked recommendation of framework \(frameworkID)"
        case .missingReason(let id):
            "recommendation \(id): status not-taken-forward needs a reason"
        case .missingAuthor(let id):
            "recommendation \(id): an update needs an author"
        case .noHeaderRow(let file):
            "\(file): no header row found: expected a row naming an action column and at least two of "
                + "issue, rationale, outcome, lead, reporting, deep dive, completion date, status, recommendation"
        case .frameworkMismatch(let file, let found, let expected):
            "\(file): assessment uses framework \(found), expected \(expected)"
        case .indicatorFile(let file, let cell, let message):
            "\(file): " + (cell.map { "cell \($0): " } ?? "") + message
        }
    }
}
