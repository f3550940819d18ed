import Foundation
import GRDB
import SLIKit

extension Store {
    /// Records that the cycle's data are synthetic (an example cycle); reports built from it say so.
    ///
    /// - Throws: ``StoreError/unknownCycle(_:)`` when there is no such cycle.
    public func markSynthetic(cycleID: Int64) async throws {
        try await write { db in
            guard try CycleRecord.fetchOne(db, key: cycleID) != nil else {
                throw StoreError.unknownCycle(String(cycleID))
            }
            try db.execute(sql: "INSERT OR IGNORE INTO exampleCycle (cycleID) VALUES (?)", arguments: [cycleID])
        }
    }

    /// Whether the cycle's data are synthetic (recorded with ``markSynthetic(cycleID:)``).
    public func isSynthetic(cycleID: Int64) async throws -> Bool {
        try await read { db in
            try Bool.fetchOne(
                db, sql: "SELECT EXISTS (SELECT 1 FROM exampleCycle WHERE cycleID = ?)", arguments: [cycleID]) ?? false
        }
    }

    /// The files other than self-assessments imported into the cycle (indicator figures and action plans),
    /// each with the day it was first imported.
    public func importedFiles(cycleID: Int64) async throws -> [ImportedFile] {
        try await read { db in
            let rows = try Row.fetchAll(
                db,
                sql: """
                    SELECT 'indicators' AS kind, sourceFile AS fileName, NULL AS localityCode,
                        MIN(importedAt) AS importedAt
                    FROM indicatorValue WHERE cycleID = ? GROUP BY sourceFile
                    UNION ALL
                    SELECT 'action plan', fileName, localityCode, MIN(importedAt)
                    FROM actionPlan WHERE cycleID = ? GROUP BY fileName, localityCode
                    ORDER BY importedAt, fileName
                    """, arguments: [cycleID, cycleID])
            return rows.map { row in
                ImportedFile(
                    fileName: row["fileName"], kind: row["kind"], importedAt: row["importedAt"],
                    localityCode: row["localityCode"])
            }
        }
    }
}
