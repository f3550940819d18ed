import Foundation
import SLIKit

/// The rule on sign-ins: an address may try ``limit`` times within ``window`` since it last signed in;
/// the next tries are refused until the oldest has aged out of the window.
///
/// Each try is written to the audit log before its password is checked, and the tries are then counted
/// from the log. So every server sharing a store counts the same tries, a restart forgets none, and tries
/// sent at the same moment count one another: the k-th to be written sees at least k.
struct LoginThrottle: Sendable {
    /// The audit log's action for a try, written before the password is checked.
    static let attempt = "sign-in attempt"
    /// The audit log's action for a try whose address or password was wrong.
    static let failed = "sign-in failed"
    /// The audit log's action for a sign-in that succeeded, which starts the count again.
    static let signedIn = "signed in"

    /// How many tries an address may have within ``window``.
    var limit = 5
    /// How long a try counts.
    var window: TimeInterval = 15 * 60

    /// The earliest date whose tries count at `date`.
    func start(at date: Date) -> Date { date.addingTimeInterval(-window) }

    /// Whether a try may go on to its password check, given how many tries the log holds, its own included.
    func allows(tries: Int) -> Bool { tries <= limit }
}
