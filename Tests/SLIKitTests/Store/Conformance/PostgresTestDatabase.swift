import Foundation
import PostgresStore
import PostgresTestSupport

/// The PostgreSQL database the tests may use, named by the `SLI_TEST_DATABASE` environment variable
/// (`postgres://USER@127.0.0.1:PORT/DB`; `bash .ci/run` starts a throwaway cluster and sets it).
///
/// Each test gets a schema of its own, so tests run side by side and never see each other's rows; suites
/// with the `.dropsTestSchemas` trait drop them when each test ends.
enum PostgresTestDatabase {
    /// The environment variable that names the test database.
    static let variable = "SLI_TEST_DATABASE"

    /// Why the PostgreSQL tests did not run, and how to run them.
    static let skipped =
        "the PostgreSQL store's tests need a database: SLI_TEST_DATABASE is not set; run them with"
        + " SLI_TEST_DATABASE=postgres://USER@127.0.0.1:PORT/DB swift test, or bash .ci/run, which starts a"
        + " throwaway PostgreSQL cluster"

    /// The test database's URL, when one is named.
    static var url: String? {
        guard let url = ProcessInfo.processInfo.environment[variable], !url.isEmpty else { return nil }
        return url
    }

    /// Whether a test database is named.
    static var isConfigured: Bool { url != nil }

    /// The test database with a new, empty schema of its own.
    static func freshLocation() throws -> PostgresLocation {
        guard let url else { throw PostgresLocationError(url: "", expected: "\(variable) to name a database") }
        var location = try PostgresLocation(url: url)
        location.schema = "sli_test_" + UUID().uuidString.lowercased().filter { $0 != "-" }
        TestSchemas.register(location)
        return location
    }

    /// A store on the test database's `public` schema that applies no migrations, through which tests
    /// run SQL of their own (making schemas, dropping other stores' connections).
    static func administrator() async throws -> PostgresStore {
        guard let url else { throw PostgresLocationError(url: "", expected: "\(variable) to name a database") }
        return try await PostgresStore(location: PostgresLocation(url: url), migrations: [], maximumConnections: 1)
    }

    /// A fresh, empty PostgreSQL store in a schema of its own.
    static func freshStore() async throws -> PostgresStore {
        try await PostgresStore(location: freshLocation(), maximumConnections: 2)
    }
}
