import Foundation
import PostgresNIO
import SLIKit

extension PostgresStore: CycleRepository {
    /// The columns of `cycle` in the order ``cycle(from:)`` reads them.
    static let cycleColumns = "id, name, region_id, framework_id, deadline, baseline_cycle_id, published, created_at"

    /// Creates a cycle.
    ///
    /// - Throws: `StoreError.unusableCycleName` unless the name is 1 to 100 letters, digits, spaces, dots,
    ///   dashes or underscores beginning with a letter or digit, since it becomes part of file names.
    public func createCycle(
        name: String, regionID: String, frameworkID: String, deadline: Date? = nil, baselineCycle: String? = nil
    ) async throws -> Cycle {
        guard Cycle.isUsableName(name) else { throw StoreError.unusableCycleName(name) }
        let createdAt = Self.stored(Date())
        let deadline = deadline.map(Self.stored)
        return try await transaction("creating cycle \"\(name)\"", .write) { [self] connection in
            let taken = try await connection.query(
                "SELECT 1 FROM cycle WHERE lower(name) = lower(\(name))", logger: logger
            ).collect()
            if !taken.isEmpty { throw StoreError.duplicateCycleName(name) }
            var baselineID: Int64?
            if let baselineCycle {
                guard let baseline = try await cycle(baselineCycle, on: connection) else {
                    throw StoreError.unknownBaselineCycle(baselineCycle)
                }
                baselineID = baseline.id
            }
            // The unique index on lower(name) makes a second process creating the same name wait for the
            // first and then insert nothing.
            let inserted = try await connection.query(
                """
                INSERT INTO cycle (name, region_id, framework_id, deadline, baseline_cycle_id, created_at)
                VALUES (\(name), \(regionID), \(frameworkID), \(deadline), \(baselineID), \(createdAt))
                ON CONFLICT DO NOTHING RETURNING \(unescaped: Self.cycleColumns)
                """, logger: logger
            ).collect()
            guard let row = inserted.first else { throw StoreError.duplicateCycleName(name) }
            return try Self.cycle(from: row)
        }
    }

    /// Every cycle, oldest first.
    public func cycles() async throws -> [Cycle] {
        try await transaction("listing the cycles", .read) { [self] connection in
            try await connection.query("SELECT \(unescaped: Self.cycleColumns) FROM cycle ORDER BY id", logger: logger)
                .collect().map(Self.cycle(from:))
        }
    }

    /// The cycle with the given name (any case) or numeric id.
    public func cycle(_ nameOrID: String) async throws -> Cycle {
        let found = try await transaction("finding cycle \"\(nameOrID)\"", .read) { [self] connection in
            try await cycle(nameOrID, on: connection)
        }
        guard let found else { throw StoreError.unknownCycle(nameOrID) }
        return found
    }

    /// The cycle with the given id.
    public func cycle(id: Int64) async throws -> Cycle {
        let found = try await transaction("finding cycle \(id)", .read) { [self] connection in
            try await cycle(id: id, on: connection, locking: false)
        }
        guard let found else { throw StoreError.unknownCycle(String(id)) }
        return found
    }

    /// Marks the cycle published, which freezes its submissions.
    public func publish(cycleID: Int64) async throws -> Cycle {
        try await transaction("publishing cycle \(cycleID)", .idempotentWrite) { [self] connection in
            let updated = try await connection.query(
                "UPDATE cycle SET published = true WHERE id = \(cycleID) RETURNING \(unescaped: Self.cycleColumns)",
                logger: logger
            ).collect()
            guard let row = updated.first else { throw StoreError.unknownCycle(String(cycleID)) }
            return try Self.cycle(from: row)
        }
    }

    /// Adds a cycle exactly as another store holds it (id, name, dates, baseline), unpublished.
    public func restoreCycle(_ cycle: Cycle) async throws {
        try await transaction("copying cycle \"\(cycle.name)\"", .write) { [self] connection in
            let inserted = try await connection.query(
                """
                INSERT INTO cycle (id, name, region_id, framework_id, deadline, baseline_cycle_id, created_at)
                VALUES (\(cycle.id), \(cycle.name), \(cycle.regionID), \(cycle.frameworkID), \(cycle.deadline),
                    \(cycle.baselineCycleID), \(cycle.createdAt))
                ON CONFLICT DO NOTHING RETURNING id
                """, logger: logger
            ).collect()
            if inserted.isEmpty { throw StoreError.duplicateCycleName(cycle.name) }
            try await advanceIdentity(of: "cycle", on: connection)
        }
    }

    /// Moves the identity sequence of `table` past the highest id it holds, after rows were inserted
    /// with ids of their own.
    func advanceIdentity(of table: String, on connection: PostgresConnection) async throws {
        try await connection.query(
            """
            SELECT setval(pg_get_serial_sequence(\(table), 'id'),
                GREATEST((SELECT MAX(id) FROM \(unescaped: table)), 1))
            """, logger: logger)
    }

    /// The store's tables by the names the SQLite store gives them, which ``rowCounts()`` reports.
    static let tables = [
        "cycle": "cycle", "submission": "submission", "submissionFile": "submission_file", "answer": "answer",
        "contributor": "contributor", "marketPlaceEntry": "market_place_entry",
        "submissionProblem": "submission_problem", "indicatorValue": "indicator_value", "marketEntry": "market_entry",
        "recommendationUpdate": "recommendation_update", "actionPlan": "action_plan",
        "plannedAction": "planned_action", "exampleCycle": "example_cycle",
    ]

    /// How many rows each of the store's tables holds, by the SQLite store's name for the table.
    public func rowCounts() async throws -> [String: Int] {
        try await transaction("counting the store's rows", .read) { [self] connection in
            var counts: [String: Int] = [:]
            for (name, table) in Self.tables {
                counts[name] =
                    try await connection.query(
                        "SELECT count(*) FROM \(unescaped: table)", logger: logger
                    ).collect().first?.decode(Int.self) ?? 0
            }
            return counts
        }
    }

    /// The cycle named `nameOrID` (a name wins over an id that happens to look the same).
    func cycle(_ nameOrID: String, on connection: PostgresConnection) async throws -> Cycle? {
        let named = try await connection.query(
            "SELECT \(unescaped: Self.cycleColumns) FROM cycle WHERE lower(name) = lower(\(nameOrID))", logger: logger
        ).collect()
        if let row = named.first { return try Self.cycle(from: row) }
        if let id = Int64(nameOrID) { return try await cycle(id: id, on: connection, locking: false) }
        return nil
    }

    /// The cycle with `id`; with `locking`, its row stays locked until the transaction ends, so writers
    /// to one cycle take turns (and a publish waits for a file being stored, or the file for the publish).
    func cycle(id: Int64, on connection: PostgresConnection, locking: Bool) async throws -> Cycle? {
        let rows = try await connection.query(
            "SELECT \(unescaped: Self.cycleColumns) FROM cycle WHERE id = \(id)\(unescaped: locking ? " FOR UPDATE" : "")",
            logger: logger
        ).collect()
        return try rows.first.map(Self.cycle(from:))
    }

    /// The cycle a row of ``cycleColumns`` holds.
    static func cycle(from row: PostgresRow) throws -> Cycle {
        let (id, name, regionID, frameworkID, deadline, baselineID, published, createdAt) = try row.decode(
            (Int64, String, String, String, Date?, Int64?, Bool, Date).self)
        return Cycle(
            id: id, name: name, regionID: regionID, frameworkID: frameworkID, deadline: deadline,
            baselineCycleID: baselineID, published: published, createdAt: createdAt)
    }
}
