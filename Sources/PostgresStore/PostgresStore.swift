import Foundation
import Logging
import PostgresNIO
import SLIKit

/// The shared cycle store: a PostgreSQL database that several sli processes and servers use at once.
///
/// Opening the store applies the missing migrations in one transaction, under an advisory lock so that
/// two processes starting together do not race; a database written by a newer sli is refused untouched.
/// Every write is one transaction. When the connection is lost, the operation is tried again on new
/// connections for up to ``reconnectPatience`` (a server restarting comes back within it), then refused
/// with ``StoreError/connectionLost(location:doing:reason:)``.
public final class PostgresStore: Sendable {
    /// Where the store lives.
    public let location: PostgresLocation
    /// The schema version this build writes: the number of migrations it knows.
    public let schemaVersion: Int
    let client: PostgresClient
    let running: Task<Void, Never>
    let logger: Logger
    let watch = ConnectionWatch()

    /// Opens the store at `location`, creating its schema and tables when missing and migrating them
    /// when older.
    ///
    /// - Parameters:
    ///   - location: The server, database and schema.
    ///   - migrations: The schema steps, in order (every known one unless a test passes fewer).
    ///   - maximumConnections: How many connections the store may hold open at once.
    /// - Throws: ``StoreError`` when the database cannot be reached, the schema's name needs quoting, the
    ///   schema holds tables sli did not make, or it was written by a newer sli.
    public init(
        location: PostgresLocation, migrations: [PostgresMigration] = PostgresMigration.all,
        maximumConnections: Int = 8
    ) async throws {
        guard PostgresLocation.isPlainIdentifier(location.schema) else {
            throw StoreError.notAStore(
                path: location.description,
                reason: "the schema name \"\(location.schema)\" is not lower-case letters, digits and _")
        }
        self.location = location
        schemaVersion = migrations.count
        var configuration = PostgresClient.Configuration(
            host: location.host, port: location.port, username: location.user, password: location.password,
            database: location.database, tls: .disable)
        configuration.options.maximumConnections = maximumConnections
        configuration.options.connectTimeout = .seconds(5)
        configuration.options.additionalStartupParameters = [
            ("search_path", location.schema), ("application_name", Self.applicationName(location)),
        ]
        let client = PostgresClient(configuration: configuration)
        self.client = client
        running = Task { await client.run() }
        logger = Logger(label: "sli.postgres-store")
        do {
            try await Self.probe(location, logger: logger)
            try await migrate(migrations)
        } catch {
            running.cancel()
            throw error
        }
    }

    deinit { running.cancel() }

    /// Connects once, outside the pool, so that a server that does not answer or refuses the role is
    /// reported at once (the pool would keep trying for a minute before giving up).
    static func probe(_ location: PostgresLocation, logger: Logger) async throws {
        let configuration = PostgresConnection.Configuration(
            host: location.host, port: location.port, username: location.user, password: location.password,
            database: location.database, tls: .disable)
        do {
            let connection = try await PostgresConnection.connect(configuration: configuration, id: 0, logger: logger)
            try await connection.close()
        } catch let error as PSQLError where isConnectionLoss(error) {
            throw StoreError.databaseUnreachable(location: location.description, reason: reason(error))
        } catch let error as PSQLError {
            throw StoreError.databaseFailed(
                location: location.description, doing: "the connection", reason: reason(error))
        }
    }

    /// The name the store's connections give the server (`sli:` and the schema), as
    /// `pg_stat_activity` lists them.
    static func applicationName(_ location: PostgresLocation) -> String { "sli:" + location.schema }

    /// What a transaction does with the database.
    enum Access {
        /// Reads in one consistent snapshot.
        case read
        /// Writes; the work is safe to run again when the commit's outcome is unknown.
        case idempotentWrite
        /// Writes that must not run twice, so a commit whose outcome is unknown is not tried again.
        case write
    }

    /// How long an operation whose connection was lost keeps trying new ones: at once, then every
    /// quarter of a second.
    static let reconnectPatience: Duration = .seconds(10)

    /// Runs `body` in one transaction on a connection of the pool; when the connection is lost, runs it
    /// again on a new one, for up to ``reconnectPatience``.
    ///
    /// - Parameter doing: What is being done, in words, for the error a lost connection gives.
    func transaction<T: Sendable>(
        _ doing: String, _ access: Access, _ body: @escaping @Sendable (PostgresConnection) async throws -> T
    ) async throws -> T {
        let started = ContinuousClock.now
        var attempt = 1
        while true {
            var committing = false
            var leased = false
            do {
                return try await client.withConnection { connection in
                    leased = true
                    let value = try await watch.run(on: connection) { [self] in
                        let begin: PostgresQuery =
                            access == .read ? "BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY" : "BEGIN"
                        try await connection.query(begin, logger: logger)
                        do {
                            return try await body(connection)
                        } catch {
                            try await rollBack(connection)
                            throw error
                        }
                    }
                    committing = true
                    try await watch.run(on: connection) { [logger] in
                        _ = try await connection.query("COMMIT", logger: logger)
                    }
                    return value
                }
            } catch let error where Self.isConnectionLoss(error) {
                if committing && access == .write {
                    throw StoreError.connectionLost(
                        location: location.description, doing: doing,
                        reason: "during the commit, so it may be stored whole: look before trying again")
                }
                guard try await mayRetry(after: attempt, since: started) else {
                    throw StoreError.connectionLost(
                        location: location.description, doing: doing, reason: Self.reason(error))
                }
                attempt += 1
            } catch let error as PSQLError {
                throw StoreError.databaseFailed(
                    location: location.description, doing: doing, reason: Self.reason(error))
            } catch  where !leased {
                // The pool could not hand out a connection: the server went away after the store opened.
                guard try await mayRetry(after: attempt, since: started) else {
                    throw StoreError.connectionLost(
                        location: location.description, doing: doing, reason: "no connection could be made: \(error)")
                }
                attempt += 1
            }
        }
    }

    /// Whether to try again after attempt number `attempt` lost its connection: at once after the first,
    /// after a quarter of a second later on, and not once ``reconnectPatience`` has passed since `started`.
    func mayRetry(after attempt: Int, since started: ContinuousClock.Instant) async throws -> Bool {
        guard ContinuousClock.now - started < Self.reconnectPatience else { return false }
        if attempt > 1 { try await Task.sleep(for: .milliseconds(250)) }
        return true
    }

    /// Rolls back the transaction an error interrupted; a connection that is gone has lost the transaction
    /// with it (the server discards it), so there is nothing to roll back.
    func rollBack(_ connection: PostgresConnection) async throws {
        guard !connection.isClosed else { return }
        try await connection.query("ROLLBACK", logger: logger)
    }

    /// Whether `error` means the connection to the server is gone or could not be made.
    static func isConnectionLoss(_ error: any Error) -> Bool {
        if error is ConnectionClosed { return true }
        guard let error = error as? PSQLError else { return false }
        switch error.code {
        case .serverClosedConnection, .clientClosedConnection, .connectionError, .uncleanShutdown, .poolClosed:
            return true
        case .server:
            // 57P01 admin_shutdown, 57P02 crash_shutdown, 57P03 cannot_connect_now, 08xxx connection exceptions.
            let state = error.serverInfo?[.sqlState] ?? ""
            return ["57P01", "57P02", "57P03"].contains(state) || state.hasPrefix("08")
        default:
            return false
        }
    }

    /// The server's own message for `error`, else what kind of failure it was.
    static func reason(_ error: any Error) -> String {
        guard let error = error as? PSQLError else { return "the connection closed" }
        if let message = error.serverInfo?[.message] { return message }
        if let underlying = error.underlying {
            // NIO wraps the system's words ("Connection refused (errno: 111)") in its own; keep the system's.
            let text = "\(underlying)"
            guard error.code == .connectionError, let cut = text.range(of: "): ", options: .backwards) else {
                return text
            }
            let detail = text[cut.upperBound...].filter { $0 != "(" && $0 != ")" }
                .replacingOccurrences(of: " errno: ", with: ", errno ")
            return detail.prefix(1).lowercased() + detail.dropFirst()
        }
        return "\(error.code)"
    }

    /// `date` to the whole second, the precision the SQLite store keeps, so both stores read back alike.
    static func stored(_ date: Date) -> Date {
        Date(timeIntervalSince1970: date.timeIntervalSince1970.rounded(.down))
    }
}
