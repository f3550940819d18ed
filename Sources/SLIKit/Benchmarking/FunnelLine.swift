/// One control line of a funnel plot: a limit at one level on one side, by increasing denominator.
public struct FunnelLine: Sendable, Hashable, Codable {
    /// The lower or upper side of the funnel.
    public enum Side: String, Sendable, Hashable, Codable, CaseIterable {
        /// Below the pooled value.
        case lower
        /// Above the pooled value.
        case upper
    }

    /// A limit at one denominator.
    public struct Point: Sendable, Hashable, Codable {
        /// The denominator (population, births, …).
        public var denominator: Double
        /// The limit, in the indicator's unit.
        public var value: Double

        /// A point with the given values.
        public init(denominator: Double, value: Double) {
            self.denominator = denominator
            self.value = value
        }
    }

    /// The confidence level of the limit.
    public var level: ConfidenceLevel
    /// The side.
    public var side: Side
    /// The limits, by increasing denominator.
    public var points: [Point]

    /// A line with the given content.
    public init(level: ConfidenceLevel, side: Side, points: [Point]) {
        self.level = level
        self.side = side
        self.points = points
    }
}
