import Foundation
import PostgresNIO
import SLIKit

extension PostgresStore: CycleFilesRepository {
    /// Records that the cycle's data are synthetic (an example cycle); reports built from it say so.
    ///
    /// - Throws: ``StoreError/unknownCycle(_:)`` when there is no such cycle.
    public func markSynthetic(cycleID: Int64) async throws {
        try await transaction("marking cycle \(cycleID) synthetic", .idempotentWrite) { [self] connection in
            guard try await cycle(id: cycleID, on: connection, locking: false) != nil else {
                throw StoreError.unknownCycle(String(cycleID))
            }
            try await connection.query(
                "INSERT INTO example_cycle (cycle_id) VALUES (\(cycleID)) ON CONFLICT DO NOTHING", logger: logger)
        }
    }

    /// Whether the cycle's data are synthetic (recorded with ``markSynthetic(cycleID:)``).
    public func isSynthetic(cycleID: Int64) async throws -> Bool {
        try await transaction("reading whether cycle \(cycleID) is synthetic", .read) { [self] connection in
            let rows = try await connection.query(
                "SELECT 1 FROM example_cycle WHERE cycle_id = \(cycleID)", logger: logger
            ).collect()
            return !rows.isEmpty
        }
    }

    /// The files other than self-assessments imported into the cycle (indicator figures and action plans),
    /// each with the day it was first imported.
    public func importedFiles(cycleID: Int64) async throws -> [ImportedFile] {
        try await transaction("listing the files imported into cycle \(cycleID)", .read) { [self] connection in
            try await connection.query(
                """
                SELECT kind, file_name, locality_code, imported_at FROM (
                    SELECT 'indicators' AS kind, source_file AS file_name, NULL::text AS locality_code,
                        MIN(imported_at) AS imported_at
                    FROM indicator_value WHERE cycle_id = \(cycleID) GROUP BY source_file
                    UNION ALL
                    SELECT 'action plan', file_name, locality_code, MIN(imported_at)
                    FROM action_plan WHERE cycle_id = \(cycleID) GROUP BY file_name, locality_code
                ) AS files
                ORDER BY imported_at, file_name COLLATE "C"
                """, logger: logger
            ).collect().map { row in
                let (kind, fileName, localityCode, importedAt) = try row.decode((String, String, String?, Date).self)
                return ImportedFile(fileName: fileName, kind: kind, importedAt: importedAt, localityCode: localityCode)
            }
        }
    }
}
