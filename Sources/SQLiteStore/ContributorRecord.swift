import GRDB

/// An agency that contributed to one submission version.
struct ContributorRecord: Codable, Hashable, FetchableRecord, PersistableRecord {
    static let databaseTableName = "contributor"

    enum Columns {
        static let submissionID = Column(CodingKeys.submissionID)
        static let position = Column(CodingKeys.position)
    }

    var submissionID: Int64
    var position: Int
    var name: String
    /// Who took part for the agency, as the workbook names them (since migration `addContributorPeople`).
    var people: String?
}
