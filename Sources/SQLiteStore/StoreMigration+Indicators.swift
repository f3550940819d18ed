import GRDB

extension StoreMigration {
    /// The `indicatorValue` table: one row per cycle, area, indicator and period.
    public static let createIndicatorValues = StoreMigration(name: "createIndicatorValues") { db in
        try db.create(table: "indicatorValue") { table in
            table.column("cycleID", .integer).notNull().references("cycle", onDelete: .cascade)
            table.column("areaCode", .text).notNull()
            table.column("indicatorID", .text).notNull()
            table.column("period", .text).notNull()
            table.column("numerator", .double).notNull()
            table.column("denominator", .double).notNull()
            table.column("sourceFile", .text).notNull()
            table.column("importedAt", .datetime).notNull()
            table.primaryKey(["cycleID", "areaCode", "indicatorID", "period"])
        }
    }
}
