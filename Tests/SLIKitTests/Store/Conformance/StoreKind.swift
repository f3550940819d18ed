import Foundation
import PostgresStore
import SLIKit
import SQLiteStore
import Testing

/// A kind of store the conformance suite runs against, each made fresh and empty for every test.
///
/// Every store sli ships is listed here, so the suite, written once against ``CycleStore``, checks each
/// of them the same way. The PostgreSQL store runs only when `SLI_TEST_DATABASE` names a database
/// (``PostgresTestDatabase``); without it, `PostgresTestDatabaseTests` reports the cases skipped and why.
enum StoreKind: String, CaseIterable, CustomTestStringConvertible, Sendable {
    /// The embedded SQLite store in a file of its own.
    case sqlite
    /// The PostgreSQL store in a schema of its own in the test database.
    case postgres

    /// The kinds this run can make: PostgreSQL only when a test database is named.
    static var allCases: [StoreKind] { PostgresTestDatabase.url == nil ? [.sqlite] : [.sqlite, .postgres] }

    var testDescription: String { rawValue }

    /// A fresh, empty store of this kind, which keeps portal accounts too.
    func make() async throws -> any CycleStore & AccountRepository {
        switch self {
        case .sqlite: try Store(path: StoreFixture().path)
        case .postgres: try await PostgresTestDatabase.freshStore()
        }
    }
}
