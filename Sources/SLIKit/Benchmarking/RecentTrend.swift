import Foundation

/// The recent trend of an area's indicator over its most recent five periods, as Fingertips marks it.
///
/// Fingertips' trend markers (its `TrendMarkerCalculator`): for a proportion the chi-squared test for trend
/// in proportions, χ² = N(NΣxᵢtᵢ − XΣnᵢtᵢ)² / (X(N − X)(NΣnᵢtᵢ² − (Σnᵢtᵢ)²)) with t = 1…5; for a crude rate
/// the chi-squared test of the slope of the values regressed on t with weights 1/SE², SE read off the 95%
/// interval as (upper − lower)/(2z). A trend is significant when χ² on 1 degree of freedom exceeds its
/// 99.8% point (z² = 9.5495) and the slope keeps its sign whichever single point is left out (the slope of
/// the log-odds for a proportion, of the weighted fit for a rate); otherwise there is no significant change.
public struct RecentTrend: Sendable, Hashable, Codable, CustomStringConvertible {
    /// The direction of a significant trend.
    public enum Direction: String, Sendable, Hashable, Codable {
        /// Rising significantly.
        case increasing
        /// Falling significantly.
        case decreasing
        /// No significant trend, or one that a single point reverses.
        case noSignificantChange = "no significant change"
    }

    /// How many of the most recent periods the test uses.
    public static let points = 5
    /// The level the test is significant at.
    public static let level = ConfidenceLevel.ninetyNinePointEight
    /// The 99.8% point of chi-squared on 1 degree of freedom.
    public static var criticalValue: Double { pow(level.z, 2) }

    /// The direction.
    public var direction: Direction
    /// Better or worse for an indicator with a polarity and a significant trend, otherwise `nil`.
    public var judgement: Comparison.Outcome?
    /// The test statistic, chi-squared on 1 degree of freedom.
    public var chiSquared: Double
    /// The periods tested, oldest first.
    public var periods: [String]
    /// The test: `chi-squared test for trend` or `weighted regression`.
    public var method: String

    /// A trend with the given content.
    public init(
        direction: Direction, judgement: Comparison.Outcome?, chiSquared: Double, periods: [String], method: String
    ) {
        self.direction = direction
        self.judgement = judgement
        self.chiSquared = chiSquared
        self.periods = periods
        self.method = method
    }

    /// The trend of proportions with `counts` out of `denominators` over `periods` (five each, oldest first).
    ///
    /// Returns `nil` unless there are five points and every count lies strictly between 0 and its denominator
    /// (the log-odds of the outlier check need it).
    public static func proportion(
        counts: [Double], denominators: [Double], periods: [String], polarity: Polarity
    ) -> RecentTrend? {
        guard counts.count == points, denominators.count == points, periods.count == points,
            zip(counts, denominators).allSatisfy({ $0.0 > 0 && $0.0 < $0.1 })
        else { return nil }
        let t = (1...points).map(Double.init)
        let total = denominators.reduce(0, +)
        let events = counts.reduce(0, +)
        let countByTime = zip(counts, t).map { $0 * $1 }.reduce(0, +)
        let denominatorByTime = zip(denominators, t).map { $0 * $1 }.reduce(0, +)
        let denominatorByTimeSquared = zip(denominators, t).map { $0 * $1 * $1 }.reduce(0, +)
        let statistic =
            total * pow(total * countByTime - events * denominatorByTime, 2)
            / (events * (total - events) * (total * denominatorByTimeSquared - pow(denominatorByTime, 2)))
        let logits = zip(counts, denominators).map { log($0 / ($1 - $0)) }
        let slopes = (0...points).map { left in
            let kept = zip(t, logits).filter { Int($0.0) != left }
            let k = Double(kept.count)
            let sumT = kept.map(\.0).reduce(0, +)
            let sumY = kept.map(\.1).reduce(0, +)
            let sumTY = kept.map { $0.0 * $0.1 }.reduce(0, +)
            let sumTT = kept.map { $0.0 * $0.0 }.reduce(0, +)
            return (k * sumTY - sumY * sumT) / (k * sumTT - sumT * sumT)
        }
        return trend(
            statistic, slopes: slopes, periods: periods, polarity: polarity, method: "chi-squared test for trend")
    }

    /// The trend of rates with `values` and 95% limits `lower` and `upper` over `periods` (five each).
    ///
    /// Returns `nil` unless there are five points and every interval has positive width.
    public static func rate(
        values: [Double], lower: [Double], upper: [Double], periods: [String], polarity: Polarity
    ) -> RecentTrend? {
        guard values.count == points, lower.count == points, upper.count == points, periods.count == points,
            zip(lower, upper).allSatisfy({ $1 > $0 })
        else { return nil }
        let weights = zip(lower, upper).map { 1 / pow(($1 - $0) / (2 * ConfidenceLevel.ninetyFive.z), 2) }
        func fit(leavingOut left: Int) -> (slope: Double, error: Double) {
            var sums = (weight: 0.0, valueTime: 0.0, time: 0.0, value: 0.0, timeSquared: 0.0)
            for index in 0..<points where index + 1 != left {
                let (w, v, t) = (weights[index], values[index], Double(index + 1))
                sums.weight += w
                sums.valueTime += v * t * w
                sums.time += t * w
                sums.value += v * w
                sums.timeSquared += t * t * w
            }
            let spread = sums.weight * sums.timeSquared - pow(sums.time, 2)
            return ((sums.weight * sums.valueTime - sums.time * sums.value) / spread, sqrt(sums.weight / spread))
        }
        let all = fit(leavingOut: 0)
        return trend(
            pow(all.slope / all.error, 2), slopes: (0...points).map { fit(leavingOut: $0).slope }, periods: periods,
            polarity: polarity, method: "weighted regression")
    }

    private static func trend(
        _ statistic: Double, slopes: [Double], periods: [String], polarity: Polarity, method: String
    ) -> RecentTrend {
        let steady = Set(slopes.map { $0 >= 0 }).count == 1
        guard statistic > criticalValue, steady, let slope = slopes.first else {
            return RecentTrend(
                direction: .noSignificantChange, judgement: nil, chiSquared: statistic, periods: periods, method: method
            )
        }
        let rising = slope >= 0
        let judgement: Comparison.Outcome? =
            switch polarity {
            case .noJudgement: nil
            case .higherIsBetter: rising ? .better : .worse
            case .lowerIsBetter: rising ? .worse : .better
            }
        return RecentTrend(
            direction: rising ? .increasing : .decreasing, judgement: judgement, chiSquared: statistic,
            periods: periods, method: method)
    }

    /// `decreasing and getting better`, `increasing` or `no significant change`.
    public var summary: String {
        switch judgement {
        case .better: "\(direction.rawValue) and getting better"
        case .worse: "\(direction.rawValue) and getting worse"
        default: direction.rawValue
        }
    }

    /// `decreasing and getting better (2010-12 to 2014-16, chi-squared test for trend, 99.8%)`.
    public var description: String {
        "\(summary) (\(periods.first ?? "") to \(periods.last ?? ""), \(method), \(Self.level))"
    }
}
