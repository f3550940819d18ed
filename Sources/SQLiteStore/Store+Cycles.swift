import Foundation
import GRDB
import SLIKit

extension Store: CycleRepository {
    /// Creates a cycle.
    ///
    /// - Throws: `StoreError.unusableCycleName` unless the name is 1 to 100 letters, digits, spaces, dots,
    ///   dashes or underscores beginning with a letter or digit, since it becomes part of file names.
    public func createCycle(
        name: String, regionID: String, frameworkID: String, deadline: Date? = nil, baselineCycle: String? = nil
    ) async throws -> Cycle {
        guard Cycle.isUsableName(name) else { throw StoreError.unusableCycleName(name) }
        return try await write { db in
            if try CycleRecord.filter(CycleRecord.Columns.name.collating(.nocase) == name).fetchOne(db) != nil {
                throw StoreError.duplicateCycleName(name)
            }
            var baselineID: Int64?
            if let baselineCycle {
                guard let baseline = try Self.cycle(baselineCycle, in: db) else {
                    throw StoreError.unknownBaselineCycle(baselineCycle)
                }
                baselineID = baseline.id
            }
            var cycle = Cycle(
                id: 0, name: name, regionID: regionID, frameworkID: frameworkID,
                deadline: deadline.map(Self.stored),
                baselineCycleID: baselineID, createdAt: Self.stored(Date()))
            try CycleRecord(new: cycle).insert(db)
            cycle.id = db.lastInsertedRowID
            return cycle
        }
    }

    /// Every cycle, oldest first.
    public func cycles() async throws -> [Cycle] {
        try await read { db in try CycleRecord.order(CycleRecord.Columns.id).fetchAll(db).map(\.cycle) }
    }

    /// The cycles' names, oldest first, read at once on the caller's thread: for shell completion, which
    /// cannot wait for a task.
    public func cycleNamesNow() throws -> [String] {
        try Self.withRetries(path: path) {
            try pool.read { db in try String.fetchAll(db, sql: "SELECT name FROM cycle ORDER BY id") }
        }
    }

    /// The cycle with the given name (any case) or numeric id.
    public func cycle(_ nameOrID: String) async throws -> Cycle {
        guard let cycle = try await read({ db in try Self.cycle(nameOrID, in: db) }) else {
            throw StoreError.unknownCycle(nameOrID)
        }
        return cycle
    }

    /// The cycle with the given id.
    public func cycle(id: Int64) async throws -> Cycle {
        guard let cycle = try await read({ db in try CycleRecord.fetchOne(db, key: id)?.cycle }) else {
            throw StoreError.unknownCycle(String(id))
        }
        return cycle
    }

    /// Marks the cycle published, which freezes its submissions.
    public func publish(cycleID: Int64) async throws -> Cycle {
        try await write { db in
            guard var cycle = try CycleRecord.fetchOne(db, key: cycleID)?.cycle else {
                throw StoreError.unknownCycle(String(cycleID))
            }
            cycle.published = true
            try CycleRecord(cycle).update(db)
            return cycle
        }
    }

    /// Adds a cycle exactly as another store holds it (id, name, dates, baseline), unpublished.
    public func restoreCycle(_ cycle: Cycle) async throws {
        try await write { db in
            if try CycleRecord.filter(CycleRecord.Columns.name.collating(.nocase) == cycle.name).fetchOne(db) != nil
                || CycleRecord.fetchOne(db, key: cycle.id) != nil
            {
                throw StoreError.duplicateCycleName(cycle.name)
            }
            var restored = cycle
            restored.published = false
            try CycleRecord(restored).insert(db)
        }
    }

    /// The tables ``rowCounts()`` counts, every table of the store's data.
    static let tables = [
        "cycle", "submission", "submissionFile", "answer", "contributor", "marketPlaceEntry", "submissionProblem",
        "indicatorValue", "marketEntry", "recommendationUpdate", "actionPlan", "plannedAction", "exampleCycle",
    ]

    /// How many rows each of the store's tables holds, by the table's name.
    public func rowCounts() async throws -> [String: Int] {
        try await read { db in
            var counts: [String: Int] = [:]
            for table in Self.tables {
                counts[table] = try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM \(table)") ?? 0
            }
            return counts
        }
    }

    /// The cycle named `nameOrID` (a name wins over an id that happens to look the same).
    static func cycle(_ nameOrID: String, in db: Database) throws -> Cycle? {
        if let cycle = try CycleRecord.filter(CycleRecord.Columns.name.collating(.nocase) == nameOrID).fetchOne(db)?
            .cycle
        {
            return cycle
        }
        if let id = Int64(nameOrID) { return try CycleRecord.fetchOne(db, key: id)?.cycle }
        return nil
    }
}
