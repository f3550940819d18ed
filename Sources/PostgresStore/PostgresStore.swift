import Foundation
import Logging
import NIOSSL
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
    let serverCheck: ServerCheck

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
            database: location.database, tls: location.clientTLS())
        configuration.options.maximumConnections = maximumConnections
        configuration.options.connectTimeout = .seconds(5)
        configuration.options.additionalStartupParameters = [
            ("search_path", location.schema), ("application_name", Self.applicationName(location)),
        ]
        let client = PostgresClient(configuration: configuration)
        self.client = client
        running = Task { await client.run() }
        logger = Logger(label: "sli.postgres-store")
        serverCheck = ServerCheck(location: location, logger: logger)
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
        let tls: PostgresConnection.Configuration.TLS
        do {
            tls = try location.connectionTLS()
        } catch {
            throw StoreError.insecureConnection(
                location: location.description,
                reason: "sslrootcert=\(location.rootCertificatePath ?? "") cannot be read as a file of PEM"
                    + " certificates (\(error))")
        }
        let configuration = PostgresConnection.Configuration(
            host: location.host, port: location.port, username: location.user, password: location.password,
            database: location.database, tls: tls)
        do {
            let connection = try await PostgresConnection.connect(configuration: configuration, id: 0, logger: logger)
            try await connection.close()
        } catch let error as PSQLError {
            if let problem = tlsProblem(error, at: location) {
                throw StoreError.insecureConnection(location: location.description, reason: problem)
            }
            if isConnectionLoss(error) {
                throw StoreError.databaseUnreachable(location: location.description, reason: reason(error))
            }
            throw StoreError.databaseFailed(
                location: location.description, doing: "the connection", reason: reason(error))
        }
    }

    /// What went wrong with TLS, in words, when `error` is a TLS failure.
    static func tlsProblem(_ error: PSQLError, at location: PostgresLocation) -> String? {
        if error.code == .sslUnsupported {
            return "the server does not offer TLS, which sslmode=\(location.tls.rawValue) asks for"
        }
        guard let underlying = error.underlying else { return nil }
        if let extra = underlying as? NIOSSLExtraError, extra == .failedToValidateHostname {
            return "the server's TLS certificate is not made out to \(location.host) (name the host as the"
                + " certificate does, or use sslmode=verify-ca)"
        }
        if "\(underlying)".contains("CERTIFICATE_VERIFY_FAILED") {
            return "the server's TLS certificate is not signed by an authority sli trusts (name the"
                + " authority's certificate with sslrootcert=FILE)"
        }
        return nil
    }

    /// The name the store's connections give the server (`sli:` and the schema), as
    /// `pg_stat_activity` lists them.
    static func applicationName(_ location: PostgresLocation) -> String { "sli:" + location.schema }

    /// `date` to the whole second, the precision the SQLite store keeps, so both stores read back alike.
    static func stored(_ date: Date) -> Date {
        Date(timeIntervalSince1970: date.timeIntervalSince1970.rounded(.down))
    }
}
