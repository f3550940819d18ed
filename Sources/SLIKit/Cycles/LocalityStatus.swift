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
}
