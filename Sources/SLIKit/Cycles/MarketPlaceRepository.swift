import Foundation

/// Where a cycle's Market Place offers and requests are kept.
public protocol MarketPlaceRepository: Sendable {
    /// Stores offers and requests imported from a file or added on the day, all in one transaction.
    ///
    /// - Throws: ``StoreError/unknownCycle(_:)`` when the cycle does not exist.
    func addMarketEntries(_ entries: [MarketPlaceEntry], cycleID: Int64, addedAt: Date) async throws

    /// The offers and requests imported or added on the day for the cycle, in the order they were added.
    func addedMarketEntries(cycleID: Int64) async throws -> [MarketPlaceEntry]

    /// The offers and requests imported or added on the day for the cycle, each with when it was added, in
    /// the order they were added.
    func marketEntryAdditions(cycleID: Int64) async throws -> [MarketEntryAddition]

    /// Removes the offers and requests imported or added on the day for the cycle by the locality with
    /// `localityCode` and titled `title` (case and surrounding spaces aside), and returns them; an entry
    /// listed in a locality's workbook stays, as it changes only with a new version of the workbook.
    ///
    /// - Throws: `StoreError.unknownCycle` when the cycle does not exist, `StoreError.marketPlaceFrozen` when
    ///   it is published: the record of the day loses nothing once shared.
    func removeAddedMarketEntries(cycleID: Int64, localityCode: String, title: String) async throws
        -> [MarketPlaceEntry]

    /// The cycle's whole Market Place: the entries in each locality's current workbook, then those
    /// imported or added on the day, read in one snapshot.
    func marketEntries(cycleID: Int64) async throws -> [MarketPlaceEntry]
}

extension MarketPlaceRepository {
    /// Stores offers and requests imported from a file or added on the day now, in one transaction.
    public func addMarketEntries(_ entries: [MarketPlaceEntry], cycleID: Int64) async throws {
        try await addMarketEntries(entries, cycleID: cycleID, addedAt: Date())
    }
}
