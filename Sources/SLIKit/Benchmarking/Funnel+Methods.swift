import Foundation

/// The numerical pieces of PHStatsMethods' funnels, ported operation for operation so that they agree with
/// it to the last digits (`utils_funnel.py` and `funnels.py`).
extension Funnel {
    /// PHStatsMethods' `signif_floor`: 95% of `x` rounded down to its leading digit.
    static func significantFloor(_ x: Double) -> Double {
        guard x != 0 else { return 0 }
        let scaled = (x * 0.95).rounded(.down)
        let power = pow(10, Double(String(Int(scaled)).count - 1))
        return (x * 0.95 / power).rounded(.down) * power
    }

    /// PHStatsMethods' `signif_ceiling`: 105% of `x` rounded up to its two leading digits.
    static func significantCeiling(_ x: Double) -> Double {
        guard x != 0 else { return 0 }
        let scaled = (x * 1.05).rounded(.up)
        let power = pow(10, Double(String(Int(scaled)).count - 2))
        return (x * 1.05 / power).rounded(.up) * power
    }

    /// The 100 whole-number axis values `calculate_funnel_limits` draws its lines at: from `minimum` (at
    /// least 1) by near-even ratios towards `maximum`, each at least one above the last.
    static func axis(from minimum: Double, to maximum: Double) -> [Double] {
        var values = [max(1, minimum)]
        for j in 2...100 {
            let last = values[values.count - 1]
            let next = (pow(maximum / last, 1 / Double(101 - j)) * last).rounded(.toNearestOrEven)
            values.append(max(next, last + 1))
        }
        return values
    }

    /// PHStatsMethods' `sigma_adjustment`: the proportion at which the Wilson interval of an area with
    /// denominator `n` just reaches `average`, as a plain proportion.
    static func wilsonLimit(
        _ level: ConfidenceLevel, denominator n: Double, average: Double, side: FunnelLine.Side
    ) -> Double {
        let z = level.z
        let first = average * (n / pow(z, 2) + 1)
        let adjustment = sqrt(
            pow(-8 * average * (n / pow(z, 2) + 1), 2) - 64 * (1 / pow(z, 2) + 1 / n) * average
                * (n * (average * (n / pow(z, 2) + 2) - 1) + pow(z, 2) * (average - 1)))
        let last = 1 / pow(z, 2) + 1 / n
        let limit = side == .lower ? (first - adjustment / 8) / last : (first + adjustment / 8) / last
        return limit / n
    }

    /// PHStatsMethods' `poisson_cis`: the probability that a Poisson count of mean `mean` lies in `from…to`.
    static func poissonProbability(mean: Double, from: Double, to: Double) -> Double {
        var term = 1.0
        var total = 0.0
        var sum = 0.0
        var k = 0.0
        while k <= mean || term > total * 1e-10 {
            total += term
            if from <= k && k <= to { sum += term }
            if total > 1e30 {
                sum /= 1e30
                total /= 1e30
                term /= 1e30
            }
            k += 1
            term *= mean / k
        }
        return sum / total
    }

    /// PHStatsMethods' `poisson_funnel`: the expected count at which `observed` events just reach the exact
    /// Poisson tail `tail`, found by its bisection on v = E / (E + 1 + observed) to steps of 1e-7.
    ///
    /// For the upper line the expected count whose upper tail from `observed` is `tail` (the exact lower limit
    /// of `observed`); for the lower line the one whose lower tail up to `observed` is `tail` (its exact upper
    /// limit).
    static func poissonFunnel(_ observed: Double, tail: Double, side: FunnelLine.Side) -> Double {
        var v = 0.5
        var step = 0.5
        while step > 1e-7 {
            step /= 2
            let mean = (1 + observed) * v / (1 - v)
            switch side {
            case .upper:
                v += poissonProbability(mean: mean, from: observed, to: 10_000_000_000) > tail ? -step : step
            case .lower:
                v += poissonProbability(mean: mean, from: 0, to: observed) < tail ? -step : step
            }
        }
        return (1 + observed) * v / (1 - v)
    }

    /// The continuous count at which the side's limit of its interval reaches `expected`.
    ///
    /// The upper funnel limit is where the interval's lower end reaches `expected`, the lower funnel limit
    /// where its upper end does. Byar's branch when that count is 10 or more, otherwise the exact branch
    /// (at most 10, so that the switch at 10 events cannot make a count both inside and outside); 0 where
    /// even 0 events reach.
    static func rateLimit(expected: Double, level: ConfidenceLevel, side: FunnelLine.Side) -> Double {
        func bound(_ x: Double) -> Double {
            let limits =
                x < 10
                ? ConfidenceInterval.exactPoisson(count: x, level: level)
                : ConfidenceInterval.byar(count: x, level: level)
            return side == .upper ? limits.lower : limits.upper
        }
        let byar = solve(from: 10, to: max(20, 4 * expected + 50), grow: true) { bound($0) - expected }
        if byar > 10 || bound(10) == expected { return byar }
        return solve(from: 0, to: 10, grow: false) { bound($0) - expected }
    }

    /// Where the increasing function `f` reaches 0, by bisection to double precision; `from` when it starts
    /// at or above 0; `to` when it stays below and `grow` is false.
    private static func solve(from start: Double, to end: Double, grow: Bool, _ f: (Double) -> Double) -> Double {
        if f(start) >= 0 { return start }
        var low = start
        var high = end
        while f(high) < 0 {
            if !grow { return high }
            low = high
            high *= 2
        }
        while true {
            let middle = (low + high) / 2
            if middle <= low || middle >= high { return high }
            if f(middle) < 0 { low = middle } else { high = middle }
        }
    }
}
