import Foundation

/// Counts failed sign-ins per address and refuses more once too many came close together.
actor LoginThrottle {
    /// How many failures an address may have within ``window`` before sign-ins are refused.
    let limit: Int
    /// How long a failure counts.
    let window: TimeInterval
    private var failures: [String: [Date]] = [:]

    /// A throttle allowing `limit` failures per `window`.
    init(limit: Int = 5, window: TimeInterval = 15 * 60) {
        self.limit = limit
        self.window = window
    }

    /// Whether `key` may try to sign in at `date`.
    func allows(_ key: String, at date: Date) -> Bool {
        recent(key, at: date).count < limit
    }

    /// Counts a failed sign-in for `key` at `date`.
    func fail(_ key: String, at date: Date) {
        failures[key] = recent(key, at: date) + [date]
    }

    /// Forgets the failures of `key`, after it signed in.
    func succeed(_ key: String) {
        failures[key] = nil
    }

    private func recent(_ key: String, at date: Date) -> [Date] {
        (failures[key] ?? []).filter { date.timeIntervalSince($0) < window }
    }
}
