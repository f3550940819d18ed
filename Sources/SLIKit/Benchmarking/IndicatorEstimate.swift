/// An indicator's value with its intervals at both reporting levels.
public struct IndicatorEstimate: Sendable, Hashable, Codable {
    /// The value in the indicator's unit.
    public var value: Double
    /// The 95% interval.
    public var interval95: ConfidenceInterval
    /// The 99.8% interval.
    public var interval998: ConfidenceInterval

    /// An estimate with the given value and intervals.
    public init(value: Double, interval95: ConfidenceInterval, interval998: ConfidenceInterval) {
        self.value = value
        self.interval95 = interval95
        self.interval998 = interval998
    }

    /// The verdict against `benchmarkValue`, named `benchmarkName`, for an indicator of `polarity`.
    public func compare(to benchmarkValue: Double, named benchmarkName: String, polarity: Polarity) -> Comparison? {
        Comparison.compare(
            intervals: [interval95, interval998], benchmarkValue: benchmarkValue, benchmarkName: benchmarkName,
            polarity: polarity)
    }
}
