import GRDB

extension StoreMigration {
    /// The `exampleCycle` table: the cycles whose data are synthetic (made by the example cycle), so that every
    /// report page built from them says so.
    public static let createExampleCycles = StoreMigration(name: "createExampleCycles") { db in
        try db.create(table: "exampleCycle") { table in
            table.primaryKey("cycleID", .integer).references("cycle", onDelete: .cascade)
        }
    }
}
