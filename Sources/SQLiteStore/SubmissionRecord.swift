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

    /// Whether the row is new, so the database assigns its id when it is inserted.
    var assignsID = false

    /// The row of `submission`.
    init(_ submission: Submission) { self.submission = submission }

    /// The row of a new `submission`, whose id the database assigns when it is inserted (read it back with
    /// `Database.lastInsertedRowID`).
    init(new submission: Submission) {
        self.submission = submission
        assignsID = true
    }

    init(from decoder: any Decoder) throws { submission = try Submission(from: decoder) }

    func encode(to encoder: any Encoder) throws {
        try submission.encode(to: encoder)
        if assignsID {
            var container = encoder.container(keyedBy: IDKey.self)
            try container.encodeNil(forKey: .id)
        }
    }

    /// The key of the id column, left empty in a new row.
    private enum IDKey: String, CodingKey { case id }
}
