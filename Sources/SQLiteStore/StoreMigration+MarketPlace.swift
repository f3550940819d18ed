import GRDB

extension StoreMigration {
    /// The `marketEntry` table: Market Place offers and requests imported from a file or added on the
    /// workshop day (those listed in a workbook stay with its submission).
    public static let createMarketEntries = StoreMigration(name: "createMarketEntries") { db in
        try db.create(table: "marketEntry") { table in
            table.primaryKey("id", .integer)
            table.column("cycleID", .integer).notNull().references("cycle", onDelete: .restrict)
            table.column("kind", .text).notNull()
            table.column("localityCode", .text).notNull()
            table.column("themeID", .text).notNull()
            table.column("itemID", .text)
            table.column("title", .text).notNull()
            table.column("description", .text).notNull()
            table.column("capacity", .integer).notNull()
            table.column("source", .text)
            table.column("addedAt", .datetime).notNull()
        }
        try db.create(index: "marketEntryByCycle", on: "marketEntry", columns: ["cycleID"])
    }
}
