import Foundation
import PostgresNIO
import SLIKit

extension PostgresStore: MarketPlaceRepository {
    /// The columns of a Market Place entry in the order ``marketEntry(from:)`` reads them.
    static let marketEntryColumns = "kind, locality_code, theme_id, item_id, title, description, capacity, source"

    /// Stores offers and requests imported from a file or added on the day, all in one transaction.
    ///
    /// - Throws: `StoreError.unknownCycle` when the cycle does not exist, `StoreError.marketPlaceFrozen` when
    ///   it is published (a published cycle's Market Place is the record of the day).
    public func addMarketEntries(_ entries: [MarketPlaceEntry], cycleID: Int64, addedAt: Date = Date()) async throws {
        let addedAt = Self.stored(addedAt)
        try await transaction("adding Market Place entries to cycle \(cycleID)", .write) { [self] connection in
            guard let cycle = try await cycle(id: cycleID, on: connection, locking: true) else {
                throw StoreError.unknownCycle(String(cycleID))
            }
            if cycle.published { throw StoreError.marketPlaceFrozen(cycle.name) }
            for entry in entries {
                try await connection.query(
                    """
                    INSERT INTO market_entry (cycle_id, kind, locality_code, theme_id, item_id, title, description,
                        capacity, source, added_at)
                    VALUES (\(cycleID), \(entry.kind.rawValue), \(entry.localityCode), \(entry.themeID),
                        \(entry.itemID), \(entry.title), \(entry.description), \(entry.capacity), \(entry.source),
                        \(addedAt))
                    """, logger: logger)
            }
        }
    }

    /// The offers and requests imported or added on the day for the cycle, in the order they were added.
    public func addedMarketEntries(cycleID: Int64) async throws -> [MarketPlaceEntry] {
        try await transaction("reading the Market Place entries of cycle \(cycleID)", .read) { [self] connection in
            try await addedMarketEntries(cycleID: cycleID, on: connection)
        }
    }

    /// The offers and requests imported or added on the day for the cycle, each with when it was added, in
    /// the order they were added.
    public func marketEntryAdditions(cycleID: Int64) async throws -> [MarketEntryAddition] {
        try await transaction("reading the Market Place entries of cycle \(cycleID)", .read) { [self] connection in
            try await connection.query(
                """
                SELECT added_at, \(unescaped: Self.marketEntryColumns) FROM market_entry
                WHERE cycle_id = \(cycleID) ORDER BY id
                """, logger: logger
            ).collect().map { row in
                MarketEntryAddition(
                    entry: try Self.marketEntry(from: row, skipping: 1),
                    addedAt: try row.makeRandomAccess()[0].decode(Date.self))
            }
        }
    }

    /// Removes the offers and requests imported or added on the day for the cycle by the locality with
    /// `localityCode` and titled `title` (case and surrounding spaces aside), and returns them; an entry
    /// listed in a locality's workbook stays, as it changes only with a new version of the workbook.
    public func removeAddedMarketEntries(cycleID: Int64, localityCode: String, title: String) async throws
        -> [MarketPlaceEntry]
    {
        let wanted = title.trimmingCharacters(in: .whitespaces).lowercased()
        return try await transaction("removing \"\(title)\" from the Market Place of cycle \(cycleID)", .write) {
            [self] connection in
            guard let cycle = try await cycle(id: cycleID, on: connection, locking: true) else {
                throw StoreError.unknownCycle(String(cycleID))
            }
            if cycle.published { throw StoreError.marketPlaceFrozen(cycle.name) }
            let rows = try await connection.query(
                """
                SELECT id, \(unescaped: Self.marketEntryColumns) FROM market_entry
                WHERE cycle_id = \(cycleID) AND locality_code = \(localityCode) ORDER BY id
                """, logger: logger
            ).collect()
            var removed: [MarketPlaceEntry] = []
            for row in rows {
                let id = try row.makeRandomAccess()[0].decode(Int64.self)
                let entry = try Self.marketEntry(from: row, skipping: 1)
                guard entry.title.trimmingCharacters(in: .whitespaces).lowercased() == wanted else { continue }
                try await connection.query("DELETE FROM market_entry WHERE id = \(id)", logger: logger)
                removed.append(entry)
            }
            return removed
        }
    }

    /// The cycle's whole Market Place: the entries in each locality's current workbook, then those
    /// imported or added on the day, read in one snapshot.
    public func marketEntries(cycleID: Int64) async throws -> [MarketPlaceEntry] {
        try await transaction("reading the Market Place of cycle \(cycleID)", .read) { [self] connection in
            var entries: [MarketPlaceEntry] = []
            for submission in try await currentSubmissions(cycleID: cycleID, on: connection) {
                entries += try await assessment(of: submission, on: connection).marketPlace
            }
            return entries + (try await addedMarketEntries(cycleID: cycleID, on: connection))
        }
    }

    /// The entries imported or added on the day, in the order they were added.
    func addedMarketEntries(cycleID: Int64, on connection: PostgresConnection) async throws -> [MarketPlaceEntry] {
        try await connection.query(
            "SELECT \(unescaped: Self.marketEntryColumns) FROM market_entry WHERE cycle_id = \(cycleID) ORDER BY id",
            logger: logger
        ).collect().map(Self.marketEntry(from:))
    }

    /// The entry a row of ``marketEntryColumns`` holds, its capacity brought within 1 to
    /// ``MarketPlaceEntry/maximumCapacity`` as the SQLite store brings it.
    static func marketEntry(from row: PostgresRow) throws -> MarketPlaceEntry {
        try marketEntry(from: row, skipping: 0)
    }

    /// The entry the columns of ``marketEntryColumns`` hold, after the first `skipped` columns of `row`.
    static func marketEntry(from row: PostgresRow, skipping skipped: Int) throws -> MarketPlaceEntry {
        let columns = row.makeRandomAccess()
        let kind = try columns[skipped].decode(String.self)
        let localityCode = try columns[skipped + 1].decode(String.self)
        let themeID = try columns[skipped + 2].decode(String.self)
        let itemID = try columns[skipped + 3].decode(String?.self)
        let title = try columns[skipped + 4].decode(String.self)
        let description = try columns[skipped + 5].decode(String.self)
        let capacity = try columns[skipped + 6].decode(Int.self)
        let source = try columns[skipped + 7].decode(String?.self)
        return MarketPlaceEntry(
            kind: MarketPlaceEntry.Kind(rawValue: kind) ?? .request, localityCode: localityCode, themeID: themeID,
            itemID: itemID, title: title, description: description,
            capacity: min(max(capacity, 1), MarketPlaceEntry.maximumCapacity), source: source)
    }
}
