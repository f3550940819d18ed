import GRDB

extension StoreMigration {
    /// The tracking tables: recommendation updates (append-only history), imported action plans and their
    /// actions (each import a new version; the latest per locality counts).
    public static let createTracking = StoreMigration(name: "createTracking") { db in
        try db.create(table: "recommendationUpdate") { table in
            table.autoIncrementedPrimaryKey("id")
            table.column("cycleID", .integer).notNull().references("cycle", onDelete: .restrict)
            table.column("recommendationID", .text).notNull()
            table.column("status", .text).notNull()
            table.column("date", .datetime).notNull()
            table.column("author", .text).notNull()
            table.column("note", .text).notNull()
            table.column("evidence", .text)
            table.column("reason", .text)
            table.column("dueDate", .datetime)
            table.column("recordedAt", .datetime).notNull()
        }
        try db.create(index: "recommendationUpdateByCycle", on: "recommendationUpdate", columns: ["cycleID"])
        try db.create(table: "actionPlan") { table in
            table.autoIncrementedPrimaryKey("id")
            table.column("cycleID", .integer).notNull().references("cycle", onDelete: .restrict)
            table.column("localityCode", .text).notNull()
            table.column("fileName", .text).notNull()
            table.column("sheet", .text).notNull()
            table.column("headerRow", .integer).notNull()
            table.column("importedAt", .datetime).notNull()
        }
        try db.create(table: "plannedAction") { table in
            table.column("planID", .integer).notNull().references("actionPlan", onDelete: .restrict)
            table.column("position", .integer).notNull()
            for name in ["sheet", "action", "recommendationIDs", "link"] { table.column(name, .text).notNull() }
            table.column("row", .integer).notNull()
            for name in [
                "section", "reference", "issue", "rationale", "outcome", "lead", "partners", "reporting",
                "deepDiveText", "completionText", "statusText", "status",
            ] {
                table.column(name, .text)
            }
            table.column("deepDive", .datetime)
            table.column("completionDate", .datetime)
            table.column("linkScore", .double)
            table.primaryKey(["planID", "position"])
        }
        for table in ["recommendationUpdate", "actionPlan", "plannedAction"] {
            try db.execute(
                sql: """
                    CREATE TRIGGER \(table)AppendOnlyUpdate BEFORE UPDATE ON \(table)
                    BEGIN SELECT RAISE(ABORT, 'tracking history is append-only'); END;
                    CREATE TRIGGER \(table)AppendOnlyDelete BEFORE DELETE ON \(table)
                    BEGIN SELECT RAISE(ABORT, 'tracking history is append-only'); END;
                    """
            )
        }
    }
}
