import PostgresNIO
import SLIKit

extension PostgresStore {
    /// The advisory lock's first key, "SLI1" as for the SQLite store's application marker; the second is
    /// the schema's name, hashed, so stores in different schemas migrate independently.
    static let migrationLock: Int32 = 0x534C_4931

    /// Applies the missing migrations in one transaction, holding the schema's advisory lock so that a
    /// second process starting at the same moment waits and then finds the work done.
    ///
    /// - Throws: ``StoreError/notAStore(path:reason:)`` when the schema holds tables sli did not make,
    ///   ``StoreError/newerSchema(path:unknownMigrations:)`` when it holds a migration this build does
    ///   not know; in both cases nothing is written.
    func migrate(_ migrations: [PostgresMigration]) async throws {
        let schema = location.schema
        try await transaction("applying the store's migrations", .idempotentWrite) { [self] connection in
            try await connection.query(
                "SELECT pg_advisory_xact_lock(\(Self.migrationLock), hashtext(\(schema)))", logger: logger)
            var tables: Set<String> = []
            for try await name in try await connection.query(
                "SELECT tablename::text FROM pg_tables WHERE schemaname = \(schema)", logger: logger
            ).decode(String.self) {
                tables.insert(name)
            }
            var applied: [String] = []
            if tables.contains("sli_migration") {
                for try await name in try await connection.query(
                    "SELECT name FROM sli_migration ORDER BY position", logger: logger
                ).decode(String.self) {
                    applied.append(name)
                }
                let unknown = Set(applied).subtracting(migrations.map(\.name))
                if !unknown.isEmpty {
                    throw StoreError.newerSchema(path: location.description, unknownMigrations: unknown.sorted())
                }
            } else if !tables.isEmpty {
                throw StoreError.notAStore(
                    path: location.description, reason: "the schema \(schema) holds tables sli did not make")
            } else {
                try await createSchema(schema, on: connection)
            }
            for (position, migration) in migrations.enumerated() where !applied.contains(migration.name) {
                for statement in migration.statements {
                    try await connection.query(PostgresQuery(unsafeSQL: statement), logger: logger)
                }
                try await connection.query(
                    "INSERT INTO sli_migration (name, position) VALUES (\(migration.name), \(position))",
                    logger: logger)
            }
        }
    }

    /// Creates `schema` when missing, and the table of applied migrations in it.
    func createSchema(_ schema: String, on connection: PostgresConnection) async throws {
        let exists = try await connection.query(
            "SELECT count(*) FROM pg_namespace WHERE nspname = \(schema)", logger: logger
        ).decode(Int.self).reduce(0, +)
        if exists == 0 {
            // The name is a plain identifier (checked by `PostgresLocation`), so it needs no quoting.
            try await connection.query(PostgresQuery(unsafeSQL: "CREATE SCHEMA \(schema)"), logger: logger)
        }
        try await connection.query(
            """
            CREATE TABLE sli_migration (
                name text PRIMARY KEY, position bigint NOT NULL, applied_at timestamptz NOT NULL DEFAULT now())
            """, logger: logger)
    }

    /// The names of the migrations applied to the store, in the order they ran.
    public func appliedMigrations() async throws -> [String] {
        try await transaction("reading the applied migrations", .read) { [self] connection in
            var names: [String] = []
            for try await name in try await connection.query(
                "SELECT name FROM sli_migration ORDER BY position", logger: logger
            ).decode(String.self) {
                names.append(name)
            }
            return names
        }
    }
}
