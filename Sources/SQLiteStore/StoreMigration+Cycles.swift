import GRDB

extension StoreMigration {
    /// The `cycle` table: one row per peer-review cycle.
    public static let createCycles = StoreMigration(name: "createCycles") { db in
        try db.create(table: "cycle") { table in
            table.primaryKey("id", .integer)
            table.column("name", .text).notNull().unique(onConflict: .abort).collate(.nocase)
            table.column("regionID", .text).notNull()
            table.column("frameworkID", .text).notNull()
            table.column("deadline", .datetime)
            table.column("baselineCycleID", .integer).references("cycle", onDelete: .restrict)
            table.column("published", .boolean).notNull().defaults(to: false)
            table.column("createdAt", .datetime).notNull()
        }
    }
}
