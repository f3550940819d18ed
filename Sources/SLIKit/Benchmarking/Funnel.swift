import Foundation

/// Funnel-plot control limits around a pooled value at 95% and 99.8%, and each area's position against them,
/// by the method of PHStatsMethods' `calculate_funnel_limits` and `assign_funnel_significance` (the code
/// behind Fingertips).
///
/// The lines drawn are PHStatsMethods' 100 rows: for a proportion the inverted Wilson interval at each of
/// 100 denominators from a rounded axis range; for a rate, at each of 100 event counts x, the denominator at
/// which x's exact Poisson limit reaches the pooled rate. An area's position is not read off those lines but
/// tested at its own denominator: a proportion against the inverted Wilson limits, a rate by whether the
/// pooled rate lies outside the area's own interval (Byar's method from 10 events, exact Poisson below), the
/// same interval its verdicts use, so a funnel position and a verdict against the pooled value cannot differ.
public struct Funnel: Sendable, Hashable, Codable {
    /// The pooled value (sum of numerators over sum of denominators), in the indicator's unit.
    public var pooledValue: Double
    /// Rate or proportion.
    public var kind: IndicatorDefinition.Kind
    /// The unit multiplier: 1,000 for a rate per 1,000, 100 for a percentage.
    public var multiplier: Double
    /// The four control lines, lower and upper at 95% and 99.8%, each by increasing denominator.
    public var lines: [FunnelLine]

    /// The pooled value as a plain proportion or rate per head.
    private var average: Double { pooledValue / multiplier }

    /// The funnel of areas with the given numerators and denominators (in the same order).
    ///
    /// Returns `nil` without an area of positive denominator, when the pooled value is 0 (no funnel can be
    /// drawn around it), or for a proportion when it is 1.
    ///
    /// - Complexity: for a rate, about 100 × 4 × 23 sums of a Poisson series whose length grows with the
    ///   largest expected count, as PHStatsMethods sums it term by term: linear in the number of events.
    public init?(
        numerators: [Double], denominators: [Double], kind: IndicatorDefinition.Kind, multiplier: Double
    ) {
        let figures = zip(numerators, denominators).filter { $0.1 > 0 && $0.0 >= 0 }
        let total = figures.map(\.1).reduce(0, +)
        guard let smallest = figures.map(\.1).min(), let largest = figures.map(\.1).max(), total > 0 else {
            return nil
        }
        let average = figures.map(\.0).reduce(0, +) / total
        guard average > 0, kind == .rate || average < 1 else { return nil }
        self.pooledValue = average * multiplier
        self.kind = kind
        self.multiplier = multiplier
        let axisMinimum = largest > 2 * smallest ? 0 : Self.significantFloor(smallest)
        let axisMaximum = Self.significantCeiling(largest)
        switch kind {
        case .proportion:
            let populations = Self.axis(from: axisMinimum, to: axisMaximum)
            self.lines = [ConfidenceLevel.ninetyFive, .ninetyNinePointEight].flatMap { level in
                FunnelLine.Side.allCases.map { side in
                    FunnelLine(
                        level: level, side: side,
                        points: populations.map { n in
                            FunnelLine.Point(
                                denominator: n,
                                value: Self.clamp(
                                    Self.wilsonLimit(level, denominator: n, average: average, side: side) * multiplier,
                                    side: side, multiplier: multiplier))
                        })
                }
            }
        case .rate:
            let events = Self.axis(
                from: (axisMinimum * average).rounded(.down), to: (axisMaximum * average).rounded(.up))
            self.lines = [ConfidenceLevel.ninetyFive, .ninetyNinePointEight].flatMap { level in
                FunnelLine.Side.allCases.map { side in
                    FunnelLine(
                        level: level, side: side,
                        points: events.map { x in
                            let population = Self.poissonFunnel(x, tail: level.alpha / 2, side: side) / average
                            return FunnelLine.Point(denominator: population, value: x / population * multiplier)
                        })
                }
            }
        }
    }

    /// The line at `level` on `side`.
    public func line(_ level: ConfidenceLevel, _ side: FunnelLine.Side) -> FunnelLine? {
        lines.first { $0.level == level && $0.side == side }
    }

    /// The limits at one denominator, in the indicator's unit.
    ///
    /// For a proportion the inverted Wilson interval, clipped to 0…`multiplier`. For a rate the count at which
    /// the interval ``position(numerator:denominator:)`` tests (Byar's from 10 events, exact Poisson below)
    /// just reaches the expected count, solved for a continuous count and divided by the denominator; the
    /// lower limit is 0 where no count can be significantly low. A count above the upper limit is high and
    /// one below the lower limit low, exactly as the position says.
    public func limits(atDenominator n: Double) -> FunnelPoint {
        func limit(_ level: ConfidenceLevel, _ side: FunnelLine.Side) -> Double {
            switch kind {
            case .proportion:
                Self.clamp(
                    Self.wilsonLimit(level, denominator: n, average: average, side: side) * multiplier, side: side,
                    multiplier: multiplier)
            case .rate:
                Self.rateLimit(expected: average * n, level: level, side: side) / n * multiplier
            }
        }
        return FunnelPoint(
            denominator: n, lower95: limit(.ninetyFive, .lower), upper95: limit(.ninetyFive, .upper),
            lower998: limit(.ninetyNinePointEight, .lower), upper998: limit(.ninetyNinePointEight, .upper))
    }

    /// Where an area with `numerator` out of `denominator` lies, as `assign_funnel_significance` decides it.
    ///
    /// A proportion's share is compared with the inverted Wilson limits at its denominator, low side first; for
    /// a rate the pooled rate is compared with the area's own interval (over its denominator), high side first.
    public func position(numerator: Double, denominator: Double) -> FunnelPosition {
        guard denominator > 0 else { return .within }
        func beyond(_ level: ConfidenceLevel, _ side: FunnelLine.Side) -> Bool {
            switch kind {
            case .proportion:
                let limit = Self.wilsonLimit(level, denominator: denominator, average: average, side: side)
                let share = numerator / denominator
                return side == .upper ? share > limit : share < limit
            case .rate:
                let interval = Self.countInterval(numerator, level: level)
                return side == .upper
                    ? average < interval.lower / denominator : average > interval.upper / denominator
            }
        }
        let low: [(ConfidenceLevel, FunnelLine.Side, FunnelPosition)] = [
            (.ninetyNinePointEight, .lower, .below998), (.ninetyFive, .lower, .below95),
        ]
        let high: [(ConfidenceLevel, FunnelLine.Side, FunnelPosition)] = [
            (.ninetyNinePointEight, .upper, .above998), (.ninetyFive, .upper, .above95),
        ]
        let tests = kind == .proportion ? low + high : high + low
        return tests.first { beyond($0.0, $0.1) }?.2 ?? .within
    }

    /// The limits of the expected count behind a count, as the verdicts take them.
    private static func countInterval(_ count: Double, level: ConfidenceLevel) -> (lower: Double, upper: Double) {
        count < 10
            ? ConfidenceInterval.exactPoisson(count: count, level: level)
            : ConfidenceInterval.byar(count: count, level: level)
    }

    /// A lower limit raised to 0 or an upper limit lowered to `multiplier`, as PHStatsMethods clips them.
    private static func clamp(_ value: Double, side: FunnelLine.Side, multiplier: Double) -> Double {
        side == .lower ? max(0, value) : min(multiplier, value)
    }
}
