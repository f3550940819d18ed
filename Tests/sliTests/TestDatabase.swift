import Foundation
import PostgresStore
import PostgresTestSupport

/// The PostgreSQL database the command tests may use, named by `SLI_TEST_DATABASE`
/// (`postgres://USER@127.0.0.1:PORT/DB`; `bash .ci/run` starts a throwaway cluster and sets it).
enum TestDatabase {
    /// Why the PostgreSQL command tests did not run, and how to run them.
    static let skipped =
        "the commands' PostgreSQL tests need a database: SLI_TEST_DATABASE is not set; run them with"
        + " SLI_TEST_DATABASE=postgres://USER@127.0.0.1:PORT/DB swift test, or bash .ci/run"

    /// The test database's URL, when one is named.
    static var url: String? {
        guard let url = ProcessInfo.processInfo.environment["SLI_TEST_DATABASE"], !url.isEmpty else { return nil }
        return url
    }

    /// The test database's URL with a new schema of its own, `prefix` and a random name, which a suite
    /// with the `.dropsTestSchemas` trait drops when the test ends.
    static func fresh(_ prefix: String) throws -> String {
        let fresh = (url ?? "") + "?schema=\(prefix)_" + UUID().uuidString.lowercased().filter { $0 != "-" }
        TestSchemas.register(try PostgresLocation(url: fresh))
        return fresh
    }
}
