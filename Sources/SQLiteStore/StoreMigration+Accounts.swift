import GRDB

extension StoreMigration {
    /// The portal's tables: accounts, one-time invitations and sessions (kept by the SHA-256 of their
    /// tokens, never the tokens), and the audit log, which the database keeps append-only.
    public static let createAccounts = StoreMigration(name: "createAccounts") { db in
        try db.create(table: "account") { table in
            table.autoIncrementedPrimaryKey("id")
            table.column("email", .text).notNull().unique()
            table.column("roleKind", .text).notNull()
            table.column("roleScope", .text).notNull()
            table.column("passwordHash", .text).notNull()
            table.column("revoked", .boolean).notNull().defaults(to: false)
            table.column("createdAt", .datetime).notNull()
        }
        try db.create(table: "invitation") { table in
            table.column("tokenHash", .text).primaryKey()
            table.column("email", .text).notNull()
            table.column("roleKind", .text).notNull()
            table.column("roleScope", .text).notNull()
            table.column("invitedBy", .text).notNull()
            table.column("createdAt", .datetime).notNull()
            table.column("expiresAt", .datetime).notNull()
            table.column("acceptedAt", .datetime)
        }
        try db.create(table: "accountSession") { table in
            table.column("tokenHash", .text).primaryKey()
            table.column("accountID", .integer).notNull().references("account", onDelete: .cascade)
            table.column("createdAt", .datetime).notNull()
            table.column("expiresAt", .datetime).notNull()
        }
        try db.create(table: "auditEntry") { table in
            table.autoIncrementedPrimaryKey("id")
            table.column("date", .datetime).notNull()
            table.column("actor", .text).notNull()
            table.column("action", .text).notNull()
            table.column("detail", .text).notNull()
        }
        try db.execute(
            sql: """
                CREATE TRIGGER auditEntryAppendOnlyUpdate BEFORE UPDATE ON auditEntry
                BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END;
                CREATE TRIGGER auditEntryAppendOnlyDelete BEFORE DELETE ON auditEntry
                BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END;
                """
        )
    }
}
