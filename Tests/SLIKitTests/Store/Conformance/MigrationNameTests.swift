import PostgresStore
import SQLiteStore
import Testing

/// Both stores name their schema in the same words, so a store of either kind says which schema it has
/// and `sli store copy` can compare them.
@Suite("Migration names")
struct MigrationNameTests {
    @Test func theSQLiteAndPostgreSQLStoresHaveTheSameMigrationsInTheSameOrder() {
        #expect(StoreMigration.all.map(\.name) == PostgresMigration.all.map(\.name))
    }
}
