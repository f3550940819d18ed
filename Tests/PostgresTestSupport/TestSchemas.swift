import Foundation
import Logging
import PostgresNIO
import PostgresStore
import Synchronization

/// The schemas a PostgreSQL test makes in the test database, dropped when the test ends (by the
/// ``DropsTestSchemas`` trait), so that a long-lived test database does not fill up with them.
public final class TestSchemas: Sendable {
    /// The schemas of the test running in this task, when its suite has the trait.
    @TaskLocal static var current: TestSchemas?

    private let made = Mutex<[PostgresLocation]>([])

    init() {}

    /// Notes that the running test uses the schema `location` names, to be dropped when it ends; outside
    /// a suite with the trait, nothing is noted.
    public static func register(_ location: PostgresLocation) {
        current?.made.withLock { $0.append(location) }
    }

    /// Drops every schema noted, with everything in it.
    func drop() async throws {
        let locations = made.withLock { made in
            defer { made.removeAll() }
            return made
        }
        let logger = Logger(label: "sli.test-schemas")
        for location in locations {
            let connection = try await PostgresConnection.connect(
                configuration: PostgresConnection.Configuration(
                    host: location.host, port: location.port, username: location.user,
                    password: location.password, database: location.database, tls: .disable),
                id: 0, logger: logger)
            do {
                // The name was checked as a plain identifier when the store opened (or never made).
                try await connection.query(
                    PostgresQuery(unsafeSQL: "DROP SCHEMA IF EXISTS \(location.schema) CASCADE"), logger: logger)
            } catch {
                try await connection.close()
                throw error
            }
            try await connection.close()
        }
    }
}
