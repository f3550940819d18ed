import GRDB
import SLIKit

/// A Market Place offer or request listed in one submission version.
struct MarketPlaceEntryRecord: Codable, Hashable, StoredMarketEntry {
    var submissionID: Int64
    var position: Int
    var kind: MarketPlaceEntry.Kind
    var localityCode: String
    var themeID: String
    var itemID: String?
    var title: String
    var description: String
    var capacity: Int
    var source: String?

    /// The record of `entry` at `position` in submission `submissionID`.
    init(_ entry: MarketPlaceEntry, submissionID: Int64, position: Int) {
        self.submissionID = submissionID
        self.position = position
        kind = entry.kind
        localityCode = entry.localityCode
        themeID = entry.themeID
        itemID = entry.itemID
        title = entry.title
        description = entry.description
        capacity = entry.capacity
        source = entry.source
    }
}

extension MarketPlaceEntryRecord: FetchableRecord, PersistableRecord {
    static let databaseTableName = "marketPlaceEntry"

    enum Columns {
        static let submissionID = Column(CodingKeys.submissionID)
        static let position = Column(CodingKeys.position)
    }
}
