import GRDB

extension StoreMigration {
    /// The `people` column of `contributor`: who took part for each agency, as the Contributors sheet's
    /// "Who took part" column names them (empty for versions stored before it).
    public static let addContributorPeople = StoreMigration(name: "addContributorPeople") { db in
        try db.alter(table: "contributor") { table in
            table.add(column: "people", .text)
        }
    }
}
