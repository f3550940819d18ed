import Foundation

/// Where a cycle's Market Place offers and requests are kept.
public protocol MarketPlaceRepository: Sendable {
    /// Stores offers and requests imported from a file or added on the day, all in one transaction.
    ///
    /// - Throws: ``StoreError/unknownCycle(_:)`` when the cycle does not exist.
    func addMarketEntries(_ entries: [MarketPlaceEntry], cycleID: Int64, addedAt: Date) async throws

    /// The offers and requests imported or added on the day for the cycle, in the order they were added.
    func addedMarketEntries(cycleID: Int64) async throws -> [MarketPlaceEntry]

    /// The cycle's whole Market Place: the entries in each locality's current workbook, then those
    /// imported or added on the day, read in one snapshot.
    func marketEntries(cycleID: Int64) async throws -> [MarketPlaceEntry]
}
