import GRDB
import SLIKit

/// A submission version as the `submission` table holds it.
struct SubmissionRecord: Codable, FetchableRecord, PersistableRecord {
    static let databaseTableName = "submission"

    /// The columns queries name.
    enum Columns {
        static let id = Column("id")
        static let cycleID = Column("cycleID")
        static let localityCode = Column("localityCode")
        static let version = Column("version")
    }

    /// The submission the row holds.
    var submission: Submission

    /// The row of `submission`.
    init(_ submission: Submission) { self.submission = submission }

    init(from decoder: any Decoder) throws { submission = try Submission(from: decoder) }

    func encode(to encoder: any Encoder) throws { try submission.encode(to: encoder) }
}
