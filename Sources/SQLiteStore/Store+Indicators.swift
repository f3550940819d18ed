import Foundation
import GRDB
import SLIKit

extension Store {
    /// Stores `values` for the cycle in one transaction, replacing figures already held for the same area,
    /// indicator and period; returns how many rows were written.
    ///
    /// - Parameter importedAt: When the file came in (now by default), as the report's sources list it.
    /// - Throws: ``StoreError`` when the cycle does not exist; ``BenchmarkingError/cyclePublished(_:)``
    ///   when it has been published, since a published cycle's figures are frozen.
    @discardableResult
    public func importIndicatorValues(
        _ values: [IndicatorValue], cycleID: Int64, sourceFile: String, importedAt: Date = Date()
    ) async throws -> Int {
        try await write { db in
            guard let cycle = try CycleRecord.fetchOne(db, key: cycleID)?.cycle else {
                throw StoreError.unknownCycle(String(cycleID))
            }
            if cycle.published { throw BenchmarkingError.cyclePublished(cycle.name) }
            let now = Self.stored(importedAt)
            for value in values {
                try IndicatorValueRecord(value, cycleID: cycleID, sourceFile: sourceFile, importedAt: now).upsert(db)
            }
            return values.count
        }
    }

    /// The cycle's indicator figures, by indicator, period and area.
    public func indicatorValues(cycleID: Int64) async throws -> [IndicatorValue] {
        try await storedIndicatorValues(cycleID: cycleID).map(\.value)
    }

    /// The cycle's indicator figures with the file each came from and when, by indicator, period and area.
    public func storedIndicatorValues(cycleID: Int64) async throws -> [StoredIndicatorValue] {
        try await read { db in
            try IndicatorValueRecord.filter(IndicatorValueRecord.Columns.cycleID == cycleID)
                .order(
                    IndicatorValueRecord.Columns.indicatorID, IndicatorValueRecord.Columns.period,
                    IndicatorValueRecord.Columns.areaCode
                )
                .fetchAll(db).map {
                    StoredIndicatorValue(value: $0.value, sourceFile: $0.sourceFile, importedAt: $0.importedAt)
                }
        }
    }
}
