import Foundation

/// One reported change to a tracked recommendation: a status with its date, author, note and evidence.
///
/// Updates are history: each is kept as recorded and never overwritten; the latest one gives the
/// recommendation's current status.
public struct RecommendationUpdate: Sendable, Hashable, Codable {
    /// The tracked item's identifier, e.g. `R7`.
    public var recommendationID: String
    /// The status the update reports.
    public var status: RecommendationStatus
    /// The day the update reports on.
    public var date: Date
    /// Who reported it (a person or the lead body).
    public var author: String
    /// What was done or decided.
    public var note: String
    /// A link to the evidence (a report, minutes, a web page), if any.
    public var evidence: String?
    /// Why the recommendation was not taken forward; required for that status.
    public var reason: String?
    /// A due date the update sets for the recommendation; the latest one given applies.
    public var dueDate: Date?

    /// An update with the given content.
    public init(
        recommendationID: String, status: RecommendationStatus, date: Date, author: String, note: String = "",
        evidence: String? = nil, reason: String? = nil, dueDate: Date? = nil
    ) {
        self.recommendationID = recommendationID
        self.status = status
        self.date = date
        self.author = author
        self.note = note
        self.evidence = evidence
        self.reason = reason
        self.dueDate = dueDate
    }
}
