import Foundation
import SLIKit

/// The rule on failed sign-ins: an address with ``limit`` failures within ``window`` since it last signed
/// in may not try again until the oldest of them has aged out of the window.
///
/// The failures are read from the audit log, where every sign-in is written, so that all the servers
/// sharing a store count the same failures and a restart forgets none.
struct LoginThrottle: Sendable {
    /// The audit log's action for a failed sign-in.
    static let failed = "sign-in failed"
    /// The audit log's action for a sign-in that succeeded.
    static let signedIn = "signed in"

    /// How many failures an address may have within ``window`` before sign-ins are refused.
    var limit = 5
    /// How long a failure counts.
    var window: TimeInterval = 15 * 60

    /// The earliest date whose audit entries count at `date`.
    func start(at date: Date) -> Date { date.addingTimeInterval(-window) }

    /// Whether an address may try to sign in, given its audit entries since ``start(at:)``, oldest first.
    func allows(after entries: [AuditEntry]) -> Bool {
        let sinceLastSignIn = entries.reversed().prefix { $0.action != Self.signedIn }
        return sinceLastSignIn.count { $0.action == Self.failed } < limit
    }
}
