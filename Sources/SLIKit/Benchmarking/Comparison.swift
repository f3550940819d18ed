/// A verdict on an area's value against a benchmark, with the level and method it rests on.
///
/// The benchmark (a value, not an interval) is compared with the area's 95% and 99.8% intervals: inside the
/// 95% interval the area is similar; outside it but inside the 99.8% interval it is higher or lower at 95%;
/// outside the 99.8% interval it is higher or lower at 99.8%. Higher and lower become better and worse where
/// the indicator has a polarity.
public struct Comparison: Sendable, Hashable, Codable, CustomStringConvertible {
    /// The verdict.
    public enum Outcome: String, Sendable, Hashable, Codable {
        /// The benchmark lies inside the area's 95% interval.
        case similar
        /// Significantly higher, for an indicator without a better direction.
        case higher
        /// Significantly lower, for an indicator without a better direction.
        case lower
        /// Significantly better.
        case better
        /// Significantly worse.
        case worse
    }

    /// The verdict.
    public var outcome: Outcome
    /// The level the verdict holds at: 95% for similar or a difference at 95% only, 99.8% beyond that.
    public var level: ConfidenceLevel
    /// The method of the area's interval.
    public var method: IntervalMethod
    /// What the area is compared with, e.g. `England` or `North West`.
    public var benchmarkName: String
    /// The benchmark's value, in the indicator's unit.
    public var benchmarkValue: Double

    /// A comparison with the given content.
    public init(
        outcome: Outcome, level: ConfidenceLevel, method: IntervalMethod, benchmarkName: String,
        benchmarkValue: Double
    ) {
        self.outcome = outcome
        self.level = level
        self.method = method
        self.benchmarkName = benchmarkName
        self.benchmarkValue = benchmarkValue
    }

    /// The verdict of an area with the given intervals against `benchmarkValue`.
    ///
    /// Returns `nil` unless both a 95% and a 99.8% interval are given.
    public static func compare(
        intervals: [ConfidenceInterval], benchmarkValue: Double, benchmarkName: String, polarity: Polarity
    ) -> Comparison? {
        guard let narrow = intervals.first(where: { $0.level == .ninetyFive }),
            let wide = intervals.first(where: { $0.level == .ninetyNinePointEight })
        else { return nil }
        if narrow.contains(benchmarkValue) {
            return Comparison(
                outcome: .similar, level: .ninetyFive, method: narrow.method, benchmarkName: benchmarkName,
                benchmarkValue: benchmarkValue)
        }
        let higher = benchmarkValue < narrow.lower
        let outcome: Outcome =
            switch polarity {
            case .noJudgement: higher ? .higher : .lower
            case .higherIsBetter: higher ? .better : .worse
            case .lowerIsBetter: higher ? .worse : .better
            }
        let level: ConfidenceLevel = wide.contains(benchmarkValue) ? .ninetyFive : .ninetyNinePointEight
        return Comparison(
            outcome: outcome, level: level, method: wide.method, benchmarkName: benchmarkName,
            benchmarkValue: benchmarkValue)
    }

    /// `better than England (99.8%, Byar's method)` or `similar to North West (95%, Wilson score)`.
    public var description: String {
        let relation = outcome == .similar ? "similar to" : "\(outcome.rawValue) than"
        return "\(relation) \(benchmarkName) (\(level), \(method))"
    }
}
