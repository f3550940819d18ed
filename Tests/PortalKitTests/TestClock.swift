import Foundation
import Synchronization

/// A clock a test moves by hand, so that sessions and invitations expire without waiting.
final class TestClock: Sendable {
    private let current: Mutex<Date>

    init(_ start: Date = Date()) {
        current = Mutex(start)
    }

    /// The clock's time.
    var now: Date { current.withLock { $0 } }

    /// Moves the clock on by `seconds`.
    func advance(_ seconds: TimeInterval) {
        current.withLock { $0 = $0.addingTimeInterval(seconds) }
    }
}
