import Foundation
import GRDB
import SLIKit

extension Store {
    /// Stores offers and requests imported from a file or added on the day, all in one transaction.
    ///
    /// - Throws: `StoreError.unknownCycle` when the cycle does not exist, `StoreError.marketPlaceFrozen` when
    ///   it is published (a published cycle's Market Place is the record of the day).
    public func addMarketEntries(_ entries: [MarketPlaceEntry], cycleID: Int64, addedAt: Date = Date()) async throws {
        try await write { db in
            guard let cycle = try CycleRecord.fetchOne(db, key: cycleID)?.cycle else {
                throw StoreError.unknownCycle(String(cycleID))
            }
            if cycle.published { throw StoreError.marketPlaceFrozen(cycle.name) }
            for entry in entries {
                try MarketEntryRecord(entry, cycleID: cycleID, addedAt: Self.stored(addedAt)).insert(db)
            }
        }
    }

    /// The offers and requests imported or added on the day for the cycle, in the order they were added.
    public func addedMarketEntries(cycleID: Int64) async throws -> [MarketPlaceEntry] {
        try await read { db in
            try MarketEntryRecord.filter(MarketEntryRecord.Columns.cycleID == cycleID)
                .order(MarketEntryRecord.Columns.id).fetchAll(db).map(\.entry)
        }
    }

    /// The offers and requests imported or added on the day for the cycle, each with when it was added, in
    /// the order they were added.
    public func marketEntryAdditions(cycleID: Int64) async throws -> [MarketEntryAddition] {
        try await read { db in
            try MarketEntryRecord.filter(MarketEntryRecord.Columns.cycleID == cycleID)
                .order(MarketEntryRecord.Columns.id).fetchAll(db)
                .map { MarketEntryAddition(entry: $0.entry, addedAt: $0.addedAt) }
        }
    }

    /// Removes the offers and requests imported or added on the day for the cycle by the locality with
    /// `localityCode` and titled `title` (case and surrounding spaces aside), and returns them; an entry
    /// listed in a locality's workbook stays, as it changes only with a new version of the workbook.
    public func removeAddedMarketEntries(cycleID: Int64, localityCode: String, title: String) async throws
        -> [MarketPlaceEntry]
    {
        try await write { db in
            guard let cycle = try CycleRecord.fetchOne(db, key: cycleID)?.cycle else {
                throw StoreError.unknownCycle(String(cycleID))
            }
            if cycle.published { throw StoreError.marketPlaceFrozen(cycle.name) }
            let wanted = title.trimmingCharacters(in: .whitespaces).lowercased()
            let records = try MarketEntryRecord.filter(MarketEntryRecord.Columns.cycleID == cycleID)
                .filter(MarketEntryRecord.Columns.localityCode == localityCode)
                .order(MarketEntryRecord.Columns.id).fetchAll(db)
                .filter { $0.title.trimmingCharacters(in: .whitespaces).lowercased() == wanted }
            for record in records { _ = try record.delete(db) }
            return records.map(\.entry)
        }
    }

    /// The cycle's whole Market Place: the entries in each locality's current workbook, then those
    /// imported or added on the day, read in one snapshot.
    public func marketEntries(cycleID: Int64) async throws -> [MarketPlaceEntry] {
        try await read { db in
            let fromWorkbooks = try Self.currentSubmissions(cycleID: cycleID, in: db).flatMap {
                try Self.assessment(of: $0, in: db).marketPlace
            }
            let added = try MarketEntryRecord.filter(MarketEntryRecord.Columns.cycleID == cycleID)
                .order(MarketEntryRecord.Columns.id).fetchAll(db).map(\.entry)
            return fromWorkbooks + added
        }
    }
}
