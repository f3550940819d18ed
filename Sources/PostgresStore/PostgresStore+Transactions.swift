import Foundation
import PostgresNIO
import SLIKit

extension PostgresStore {
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
    /// again on a new one, for up to ``reconnectPatience`` since the first try. Waiting for a connection
    /// counts too when the server is down (the pool would keep trying for a minute): after
    /// ``reconnectPatience`` without a connection, the store asks the server directly and gives up when
    /// it does not answer; a server that answers only has a busy pool, and the wait goes on.
    ///
    /// - Parameter doing: What is being done, in words, for the error a lost connection gives.
    func transaction<T: Sendable>(
        _ doing: String, _ access: Access, _ body: @escaping @Sendable (PostgresConnection) async throws -> T
    ) async throws -> T {
        let started = ContinuousClock.now
        var attempt = 1
        while true {
            let progress = AttemptProgress()
            do {
                return try await run(body, access, progress, until: started + Self.reconnectPatience)
            } catch let error where Self.isConnectionLoss(error) {
                if progress.isCommitting && access == .write {
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
            } catch  where !progress.isLeased {
                // The pool could not hand out a connection: the server went away after the store opened.
                guard try await mayRetry(after: attempt, since: started) else {
                    throw StoreError.connectionLost(
                        location: location.description, doing: doing,
                        reason: "no connection could be made in \(Self.reconnectPatience.components.seconds) seconds")
                }
                attempt += 1
            }
        }
    }

    /// One try of a transaction: leases a connection, and runs `body` between `BEGIN` and `COMMIT`, each
    /// part watched for the connection closing under it. Without a connection by `deadline`, the try is
    /// given up when the server does not answer (``ServerCheck``); a try that got its connection is never
    /// given up this way.
    private func run<T: Sendable>(
        _ body: @escaping @Sendable (PostgresConnection) async throws -> T, _ access: Access,
        _ progress: AttemptProgress, until deadline: ContinuousClock.Instant
    ) async throws -> T {
        let attempt = Task { [self] in
            try await client.withConnection { connection in
                guard progress.lease() else { throw CancellationError() }
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
                progress.committing()
                try await watch.run(on: connection) { [logger] in
                    _ = try await connection.query("COMMIT", logger: logger)
                }
                return value
            }
        }
        let timer = Task { [serverCheck] in
            var wake = deadline
            while true {
                try await Task.sleep(until: wake)
                if progress.isLeased { return }
                if await serverCheck.answers() {
                    wake = .now + Self.reconnectPatience
                } else if progress.timeOut() {
                    attempt.cancel()
                    return
                }
            }
        }
        defer { timer.cancel() }
        return try await withTaskCancellationHandler {
            try await attempt.value
        } onCancel: {
            attempt.cancel()
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
}

/// How far one try of a transaction got, for deciding whether to try again: waiting for a connection,
/// then leased (and perhaps committing), or given up while still waiting. A try is leased or given up,
/// never both.
private final class AttemptProgress: @unchecked Sendable {
    private enum Stage { case waiting, leased, committing, timedOut }
    private let lock = NSLock()
    private var stage = Stage.waiting

    /// Whether the pool handed out a connection.
    var isLeased: Bool { lock.withLock { stage == .leased || stage == .committing } }
    /// Whether `COMMIT` was sent.
    var isCommitting: Bool { lock.withLock { stage == .committing } }

    /// Takes the connection the pool handed out; `false` when the try was given up first.
    func lease() -> Bool {
        lock.withLock {
            guard stage == .waiting else { return false }
            stage = .leased
            return true
        }
    }

    /// Gives the try up; `false` when it got its connection first.
    func timeOut() -> Bool {
        lock.withLock {
            guard stage == .waiting else { return false }
            stage = .timedOut
            return true
        }
    }

    func committing() { lock.withLock { stage = .committing } }
}
