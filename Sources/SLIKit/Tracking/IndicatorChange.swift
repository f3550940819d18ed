/// An indicator's value for one area in the baseline and the follow-up cycle.
public struct IndicatorChange: Sendable, Hashable, Codable {
    /// Which indicator, for which area.
    public var key: IndicatorKey
    /// The baseline value.
    public var baseline: Double
    /// The follow-up value.
    public var followUp: Double

    /// A pair of values with the given content.
    public init(key: IndicatorKey, baseline: Double, followUp: Double) {
        self.key = key
        self.baseline = baseline
        self.followUp = followUp
    }

    /// Follow-up minus baseline.
    public var change: Double { followUp - baseline }
}
