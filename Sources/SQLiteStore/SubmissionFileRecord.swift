import Foundation
import GRDB

/// The original bytes of one submission version, kept apart so listings never load them.
struct SubmissionFileRecord: Codable, Hashable, FetchableRecord, PersistableRecord {
    static let databaseTableName = "submissionFile"

    enum Columns {
        static let submissionID = Column(CodingKeys.submissionID)
    }

    var submissionID: Int64
    var bytes: Data
}
