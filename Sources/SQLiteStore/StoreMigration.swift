import GRDB

/// One named step of the store's schema, applied once, in order.
///
/// Each area of sli contributes its own migrations as static members in its own file under `Store/`
/// (`StoreMigration+Cycles.swift`), and appends them to ``all``. A name, once released, never changes.
public struct StoreMigration: Sendable {
    /// The migration's name, recorded in the store once it has run.
    public var name: String
    /// The schema change.
    public var migrate: @Sendable (Database) throws -> Void

    /// A migration with the given name and change.
    public init(name: String, migrate: @escaping @Sendable (Database) throws -> Void) {
        self.name = name
        self.migrate = migrate
    }
}
