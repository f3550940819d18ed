import Foundation
import PostgresNIO

/// Stops waiting on work whose connection closes under it.
///
/// A statement sent on a connection that has just closed is never answered: postgres-nio 1.33 drops the
/// write without a word (`channel.write(_:promise: nil)`), and its result is awaited for ever. That
/// happens when the server drops the connection while it sits idle in the pool and is then leased, or
/// between two statements of one transaction. So the work runs in a task of its own, and the caller gets
/// whichever comes first: the work's result, or ``ConnectionClosed`` once the connection has closed.
/// Work that was waiting on a lost statement is left behind, cancelled; it holds only its own memory.
///
/// Each connection gets one close observer, however many transactions run on it.
final class ConnectionWatch: @unchecked Sendable {
    private let lock = NSLock()
    private var waiting: [PostgresConnection.ID: [Int: @Sendable () -> Void]] = [:]
    private var nextToken = 0

    /// Runs `work` on `connection`; throws ``ConnectionClosed`` when the connection closes first.
    func run<T: Sendable>(
        on connection: PostgresConnection, _ work: @escaping @Sendable () async throws -> T
    ) async throws -> T {
        let outcome = FirstOutcome<T>()
        let task = Task {
            do { outcome.finish(.success(try await work())) } catch { outcome.finish(.failure(error)) }
        }
        let (token, isFirst) = register(connection.id) {
            outcome.finish(.failure(ConnectionClosed()))
            task.cancel()
        }
        defer { unregister(connection.id, token) }
        if isFirst { connection.closeFuture.whenComplete { [self] _ in closed(connection.id) } }
        return try await withTaskCancellationHandler {
            try await outcome.value()
        } onCancel: {
            task.cancel()
        }
    }

    /// Adds `onClose` for the connection; `isFirst` says no observer watches the connection yet.
    private func register(_ id: PostgresConnection.ID, onClose: @escaping @Sendable () -> Void) -> (
        token: Int, isFirst: Bool
    ) {
        lock.withLock {
            nextToken += 1
            let isFirst = waiting[id] == nil
            waiting[id, default: [:]][nextToken] = onClose
            return (nextToken, isFirst)
        }
    }

    private func unregister(_ id: PostgresConnection.ID, _ token: Int) {
        lock.withLock { _ = waiting[id]?.removeValue(forKey: token) }
    }

    /// The connection closed: everything waiting on it is told, and its entry goes.
    private func closed(_ id: PostgresConnection.ID) {
        let told = lock.withLock { waiting.removeValue(forKey: id) ?? [:] }
        for onClose in told.values { onClose() }
    }
}

/// The connection closed while work on it was still waiting for the server.
struct ConnectionClosed: Error {}

/// A result that can arrive before or after it is awaited, and counts only the first time.
private final class FirstOutcome<T: Sendable>: @unchecked Sendable {
    private let lock = NSLock()
    private var result: Result<T, any Error>?
    private var continuation: CheckedContinuation<T, any Error>?

    /// Sets the result unless one is set already.
    func finish(_ outcome: Result<T, any Error>) {
        let waiter: CheckedContinuation<T, any Error>? = lock.withLock {
            guard result == nil else { return nil }
            result = outcome
            defer { continuation = nil }
            return continuation
        }
        waiter?.resume(with: outcome)
    }

    /// Waits for the result.
    func value() async throws -> T {
        try await withCheckedThrowingContinuation { waiter in
            let ready: Result<T, any Error>? = lock.withLock {
                if result == nil { continuation = waiter }
                return result
            }
            if let ready { waiter.resume(with: ready) }
        }
    }
}
