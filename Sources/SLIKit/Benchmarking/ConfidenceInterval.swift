import Foundation

/// A confidence interval for a rate or proportion, with the level and method that produced it.
public struct ConfidenceInterval: Sendable, Hashable, Codable {
    /// The lower limit, in the indicator's unit (e.g. per 1,000 or %).
    public var lower: Double
    /// The upper limit, in the indicator's unit.
    public var upper: Double
    /// The confidence level.
    public var level: ConfidenceLevel
    /// How the interval was calculated.
    public var method: IntervalMethod

    /// An interval with the given limits.
    public init(lower: Double, upper: Double, level: ConfidenceLevel, method: IntervalMethod) {
        self.lower = lower
        self.upper = upper
        self.level = level
        self.method = method
    }

    /// Whether `value` lies inside the interval, limits included.
    public func contains(_ value: Double) -> Bool { value >= lower && value <= upper }

    /// The interval for a count of events over a denominator, as a rate per `multiplier`.
    ///
    /// Byar's method for counts of 10 or more, the exact Poisson interval below 10. Returns `nil` when the
    /// denominator is not positive or the count is negative.
    public static func rate(
        count: Double, denominator: Double, multiplier: Double, level: ConfidenceLevel
    ) -> ConfidenceInterval? {
        guard denominator > 0, count >= 0 else { return nil }
        let limits = count < 10 ? exactPoisson(count: count, level: level) : byar(count: count, level: level)
        return ConfidenceInterval(
            lower: limits.lower / denominator * multiplier, upper: limits.upper / denominator * multiplier,
            level: level, method: count < 10 ? .exactPoisson : .byar)
    }

    /// The Wilson score interval for `count` out of `denominator`, times `multiplier` (100 for a percentage).
    ///
    /// The limits are kept on the scale 0…`multiplier`: the formula's upper limit for all of the denominator
    /// and its lower limit for none are exactly the ends of the scale, which floating point misses by an ulp
    /// either way (1,000 out of 1,000 at 99.8% gave 100.00000000000003%). Returns `nil` when the denominator is
    /// not positive or the count is outside 0…denominator.
    public static func proportion(
        count: Double, denominator: Double, multiplier: Double, level: ConfidenceLevel
    ) -> ConfidenceInterval? {
        guard denominator > 0, count >= 0, count <= denominator else { return nil }
        let z = level.z
        let spread = z * sqrt(z * z + 4 * count * (1 - count / denominator))
        let scale = 2 * (denominator + z * z)
        let lower = count == 0 ? 0 : max(0, (2 * count + z * z - spread) / scale * multiplier)
        let upper =
            count == denominator ? multiplier : min(multiplier, (2 * count + z * z + spread) / scale * multiplier)
        return ConfidenceInterval(lower: lower, upper: upper, level: level, method: .wilson)
    }

    /// Byar's limits for the expected count behind an observed count `count`.
    ///
    /// lower = x(1 − 1/(9x) − z/(3√x))³, upper = (x+1)(1 − 1/(9(x+1)) + z/(3√(x+1)))³.
    public static func byar(count x: Double, level: ConfidenceLevel) -> (lower: Double, upper: Double) {
        let z = level.z
        let lower = x > 0 ? x * pow(1 - 1 / (9 * x) - z / (3 * sqrt(x)), 3) : 0
        let next = x + 1
        let upper = next * pow(1 - 1 / (9 * next) + z / (3 * sqrt(next)), 3)
        return (lower, upper)
    }

    /// The exact Poisson limits for the expected count behind an observed count `count`.
    ///
    /// lower = χ²(α/2; 2x)/2 and upper = χ²(1 − α/2; 2x + 2)/2, that is the α/2 quantile of the gamma
    /// distribution of shape x and the upper α/2 quantile of the gamma distribution of shape x + 1.
    public static func exactPoisson(count x: Double, level: ConfidenceLevel) -> (lower: Double, upper: Double) {
        let tail = level.alpha / 2
        let lower = x > 0 ? IncompleteGamma.inverseLower(x, tail) : 0
        return (lower, IncompleteGamma.inverseUpper(x + 1, tail))
    }
}
