import Foundation
import GRDB
import SLIKit

/// A Market Place offer or request imported or added on the day for a cycle.
struct MarketEntryRecord: Codable, Hashable, StoredMarketEntry {
    var id: Int64?
    var cycleID: Int64
    var kind: MarketPlaceEntry.Kind
    var localityCode: String
    var themeID: String
    var itemID: String?
    var title: String
    var description: String
    var capacity: Int
    var source: String?
    var addedAt: Date

    /// The record of `entry` for the cycle `cycleID`.
    init(_ entry: MarketPlaceEntry, cycleID: Int64, addedAt: Date) {
        id = nil
        self.cycleID = cycleID
        kind = entry.kind
        localityCode = entry.localityCode
        themeID = entry.themeID
        itemID = entry.itemID
        title = entry.title
        description = entry.description
        capacity = entry.capacity
        source = entry.source
        self.addedAt = addedAt
    }
}

extension MarketEntryRecord: FetchableRecord, PersistableRecord {
    static let databaseTableName = "marketEntry"

    enum Columns {
        static let id = Column(CodingKeys.id)
        static let cycleID = Column(CodingKeys.cycleID)
        static let localityCode = Column(CodingKeys.localityCode)
    }
}
