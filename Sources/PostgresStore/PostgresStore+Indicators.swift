import Foundation
import PostgresNIO
import SLIKit

extension PostgresStore: IndicatorRepository {
    /// Stores `values` for the cycle in one transaction, replacing figures already held for the same area,
    /// indicator and period; returns how many rows were written.
    ///
    /// - Throws: ``StoreError`` when the cycle does not exist; ``BenchmarkingError/cyclePublished(_:)``
    ///   when it has been published, since a published cycle's figures are frozen.
    @discardableResult
    public func importIndicatorValues(
        _ values: [IndicatorValue], cycleID: Int64, sourceFile: String, importedAt: Date = Date()
    ) async throws -> Int {
        let now = Self.stored(importedAt)
        return try await transaction("importing the indicator figures of \(sourceFile)", .idempotentWrite) {
            [self] connection in
            guard let cycle = try await cycle(id: cycleID, on: connection, locking: true) else {
                throw StoreError.unknownCycle(String(cycleID))
            }
            if cycle.published { throw BenchmarkingError.cyclePublished(cycle.name) }
            for value in values {
                try await connection.query(
                    """
                    INSERT INTO indicator_value (cycle_id, area_code, indicator_id, period, numerator, denominator,
                        source_file, imported_at)
                    VALUES (\(cycleID), \(value.areaCode), \(value.indicatorID), \(value.period), \(value.numerator),
                        \(value.denominator), \(sourceFile), \(now))
                    ON CONFLICT (cycle_id, area_code, indicator_id, period) DO UPDATE SET
                        numerator = excluded.numerator, denominator = excluded.denominator,
                        source_file = excluded.source_file, imported_at = excluded.imported_at
                    """, logger: logger)
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
        try await transaction("reading the indicator figures of cycle \(cycleID)", .read) { [self] connection in
            try await connection.query(
                """
                SELECT area_code, indicator_id, period, numerator, denominator, source_file, imported_at
                FROM indicator_value
                WHERE cycle_id = \(cycleID)
                ORDER BY indicator_id COLLATE "C", period COLLATE "C", area_code COLLATE "C"
                """, logger: logger
            ).collect().map { row in
                let (areaCode, indicatorID, period, numerator, denominator, sourceFile, importedAt) = try row.decode(
                    (String, String, String, Double, Double, String, Date).self)
                return StoredIndicatorValue(
                    value: IndicatorValue(
                        areaCode: areaCode, indicatorID: indicatorID, period: period, numerator: numerator,
                        denominator: denominator),
                    sourceFile: sourceFile, importedAt: importedAt)
            }
        }
    }
}
