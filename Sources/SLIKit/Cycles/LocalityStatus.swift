import Foundation

/// Where one locality stands in a cycle: nothing received, received on time, or received late.
public struct LocalityStatus: Sendable, Hashable {
    /// The state of a locality's return.
    public enum State: String, Sendable, Hashable, Codable {
        /// No file has been accepted.
        case notReceived = "not received"
        /// The first accepted file arrived by the deadline (or the cycle has none).
        case received
        /// The first accepted file arrived after the deadline.
        case late
    }

    /// The locality.
    public var locality: Locality
    /// Its state.
    public var state: State
    /// The current (latest) version, if any.
    public var current: Submission?
    /// When the first accepted version arrived, if any.
    public var firstReceivedAt: Date?

    /// A status with the given content.
    public init(locality: Locality, state: State, current: Submission? = nil, firstReceivedAt: Date? = nil) {
        self.locality = locality
        self.state = state
        self.current = current
        self.firstReceivedAt = firstReceivedAt
    }

    /// The status of `locality` in `cycle` from the versions it has sent, oldest first (`history`): late
    /// when its first accepted version arrived after the deadline day, as corrections sent later do not
    /// make an on-time return late.
    public init(locality: Locality, cycle: Cycle, history: [Submission]) {
        guard let first = history.first, let latest = history.last else {
            self.init(locality: locality, state: .notReceived)
            return
        }
        self.init(
            locality: locality, state: cycle.isLate(first.receivedAt) ? .late : .received, current: latest,
            firstReceivedAt: first.receivedAt)
    }
}
