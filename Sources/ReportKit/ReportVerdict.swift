/// The comparison of a locality's indicator value with a benchmark, with the method and level that made it.
public struct ReportVerdict: Sendable, Hashable, Codable {
    /// The result of a comparison.
    public enum Outcome: String, Sendable, Hashable, Codable, CaseIterable {
        /// Better than the benchmark beyond the outer (99.8%) level.
        case best
        /// Better than the benchmark at the inner (95%) level.
        case better
        /// The benchmark lies inside the interval.
        case similar
        /// Worse than the benchmark at the inner (95%) level.
        case worse
        /// Worse than the benchmark beyond the outer (99.8%) level.
        case worst
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
    /// The method, e.g. `Byar, 95% and 99.8%` or `Wilson score, 95%`.
    public var method: String

    /// A verdict with the given details.
    public init(benchmark: String, outcome: Outcome, method: String) {
        self.benchmark = benchmark
        self.outcome = outcome
        self.method = method
    }
}
