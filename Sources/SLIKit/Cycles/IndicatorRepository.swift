import Foundation

/// Where a cycle's benchmarking indicator figures are kept.
public protocol IndicatorRepository: Sendable {
    /// Stores `values` for the cycle in one transaction, replacing figures already held for the same
    /// area, indicator and period; returns how many rows were written. `importedAt` is when the file
    /// came in, as the report's sources list it.
    ///
    /// - Throws: ``StoreError`` when the cycle does not exist; ``BenchmarkingError/cyclePublished(_:)``
    ///   when it has been published, since a published cycle's figures are frozen.
    func importIndicatorValues(
        _ values: [IndicatorValue], cycleID: Int64, sourceFile: String, importedAt: Date
    ) async throws -> Int

    /// The cycle's indicator figures, by indicator, period and area.
    func indicatorValues(cycleID: Int64) async throws -> [IndicatorValue]

    /// The cycle's indicator figures with the file each came from and when, by indicator, period and area.
    func storedIndicatorValues(cycleID: Int64) async throws -> [StoredIndicatorValue]
}

extension IndicatorRepository {
    /// Stores `values` for the cycle as a file that came in now; returns how many rows were written.
    @discardableResult
    public func importIndicatorValues(_ values: [IndicatorValue], cycleID: Int64, sourceFile: String) async throws
        -> Int
    {
        try await importIndicatorValues(values, cycleID: cycleID, sourceFile: sourceFile, importedAt: Date())
    }
}
