/// One named step of the PostgreSQL store's schema, applied once, in order.
///
/// The steps carry the same names, in the same order, as the SQLite store's (`StoreMigration`), so a
/// store of either kind says which schema it has in the same words. Each area contributes its steps as
/// static members in its own file (`PostgresMigration+Cycles.swift`) and appends them to ``all``. A name,
/// once released, never changes.
public struct PostgresMigration: Sendable {
    /// The migration's name, recorded in the store once it has run.
    public var name: String
    /// The SQL statements of the change, run in order in the migrating transaction.
    public var statements: [String]

    /// A migration with the given name and statements.
    public init(name: String, statements: [String]) {
        self.name = name
        self.statements = statements
    }

    /// The statements that make every row of `table` unchangeable: updates, deletes and truncation are
    /// refused by the database with `message`.
    static func appendOnly(_ table: String, message: String) -> [String] {
        [
            """
            CREATE TRIGGER \(table)_append_only BEFORE UPDATE OR DELETE ON \(table)
            FOR EACH ROW EXECUTE FUNCTION sli_refuse_change('\(message)')
            """,
            """
            CREATE TRIGGER \(table)_append_only_truncate BEFORE TRUNCATE ON \(table)
            FOR EACH STATEMENT EXECUTE FUNCTION sli_refuse_change('\(message)')
            """,
        ]
    }
}
