import SLIKit

/// The comparison of a locality's indicator value with a benchmark, with the level and method that made it.
public struct ReportVerdict: Sendable, Hashable, Codable {
    /// The result of a comparison.
    public enum Outcome: String, Sendable, Hashable, Codable, CaseIterable {
        /// Better than the benchmark.
        case better
        /// The benchmark lies inside the 95% interval.
        case similar
        /// Worse than the benchmark.
        case worse
        /// Higher than the benchmark, for an indicator without polarity.
        case higher
        /// Lower than the benchmark, for an indicator without polarity.
        case lower
        /// Not compared (too few events or no benchmark).
        case notCompared = "not compared"
    }

    /// The benchmark's name, e.g. `England` or `North West`.
    public var benchmark: String
    /// The result.
    public var outcome: Outcome
    /// The level the result holds at: 95% for similar or a difference at 95% only, 99.8% beyond that.
    public var level: ConfidenceLevel
    /// The method of the locality's interval, e.g. `Byar's method` or `Wilson score`.
    public var method: String

    /// A verdict with the given details.
    public init(benchmark: String, outcome: Outcome, level: ConfidenceLevel, method: String) {
        self.benchmark = benchmark
        self.outcome = outcome
        self.level = level
        self.method = method
    }

    /// `better at 99.8%`, `similar at 95%` or `not compared`, as the indicator tables say it.
    public var text: String {
        outcome == .notCompared ? outcome.rawValue : "\(outcome.rawValue) at \(level)"
    }

    /// Whether the difference holds beyond the 99.8% interval.
    public var isBeyondOuterLevel: Bool {
        level == .ninetyNinePointEight && outcome != .similar && outcome != .notCompared
    }

    /// Which comparison the method and level go with: `North West: Byar's method, 99.8%`.
    public var methodText: String { "\(benchmark): \(method), \(level)" }
}
