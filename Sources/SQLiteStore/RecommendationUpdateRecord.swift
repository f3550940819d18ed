import Foundation
import GRDB
import SLIKit

/// A stored recommendation update; rows are only ever added.
struct RecommendationUpdateRecord: Codable, Hashable {
    var id: Int64?
    var cycleID: Int64
    var recommendationID: String
    var status: String
    var date: Date
    var author: String
    var note: String
    var evidence: String?
    var reason: String?
    var dueDate: Date?
    var recordedAt: Date

    /// The record of `update` for cycle `cycleID`, recorded at `recordedAt`.
    init(_ update: RecommendationUpdate, cycleID: Int64, recordedAt: Date) {
        self.cycleID = cycleID
        recommendationID = update.recommendationID
        status = update.status.rawValue
        date = update.date
        author = update.author
        note = update.note
        evidence = update.evidence
        reason = update.reason
        dueDate = update.dueDate
        self.recordedAt = recordedAt
    }

    /// The update the record holds (an unknown status reads as not started).
    var update: RecommendationUpdate {
        RecommendationUpdate(
            recommendationID: recommendationID, status: RecommendationStatus(rawValue: status) ?? .notStarted,
            date: date, author: author, note: note, evidence: evidence, reason: reason, dueDate: dueDate)
    }
}

extension RecommendationUpdateRecord: FetchableRecord, PersistableRecord {
    static let databaseTableName = "recommendationUpdate"

    enum Columns {
        static let id = Column(CodingKeys.id)
        static let cycleID = Column(CodingKeys.cycleID)
    }
}
