import Foundation

/// Funnel-plot control limits around a pooled value, at 95% and 99.8%.
///
/// The limits are those of PHEindicatormethods and the Fingertips engine, so a locality lies outside a
/// limit exactly when its own interval excludes the pooled value. For a proportion p₀ with denominator n
/// the limits are p₀ ± z√(p₀(1 − p₀)/n), clipped to 0…1 (the inverted Wilson interval). For a rate with
/// expected count E = r₀n, the upper limit is the count whose exact Poisson lower limit is E (P(O, E) = α/2)
/// and the lower limit the count whose exact upper limit is E (Q(O + 1, E) = α/2), solved for a
/// continuous count O and divided by n.
public struct Funnel: Sendable, Hashable, Codable {
    /// The pooled value (sum of numerators over sum of denominators), in the indicator's unit.
    public var pooledValue: Double
    /// Rate or proportion.
    public var kind: IndicatorDefinition.Kind
    /// The limits, by increasing denominator.
    public var points: [FunnelPoint]

    /// The funnel around `pooledNumerator / pooledDenominator` for each of `denominators`.
    ///
    /// Returns `nil` when the pooled denominator is not positive.
    public init?(
        pooledNumerator: Double, pooledDenominator: Double, kind: IndicatorDefinition.Kind, multiplier: Double,
        denominators: [Double]
    ) {
        guard pooledDenominator > 0, pooledNumerator >= 0 else { return nil }
        let pooled = pooledNumerator / pooledDenominator
        self.pooledValue = pooled * multiplier
        self.kind = kind
        self.points = denominators.filter { $0 > 0 }.sorted().map { n in
            func limits(_ level: ConfidenceLevel) -> (Double, Double) {
                switch kind {
                case .proportion:
                    let spread = level.z * sqrt(pooled * (1 - pooled) / n)
                    return (max(0, pooled - spread) * multiplier, min(1, pooled + spread) * multiplier)
                case .rate:
                    let counts = Self.poissonLimits(expected: pooled * n, level: level)
                    return (counts.lower / n * multiplier, counts.upper / n * multiplier)
                }
            }
            let narrow = limits(.ninetyFive)
            let wide = limits(.ninetyNinePointEight)
            return FunnelPoint(
                denominator: n, lower95: narrow.0, upper95: narrow.1, lower998: wide.0, upper998: wide.1)
        }
    }

    /// `count` denominators spread evenly on a log scale from `minimum` to `maximum`.
    public static func denominators(from minimum: Double, to maximum: Double, count: Int = 100) -> [Double] {
        guard minimum > 0, maximum > minimum, count > 1 else { return minimum > 0 ? [minimum] : [] }
        let step = log(maximum / minimum) / Double(count - 1)
        return (0..<count).map { minimum * exp(step * Double($0)) }
    }

    /// The observed counts at which the exact Poisson interval just reaches the expected count.
    static func poissonLimits(expected: Double, level: ConfidenceLevel) -> (lower: Double, upper: Double) {
        let tail = level.alpha / 2
        guard expected > 0 else { return (0, 0) }
        // Upper limit: P(O, E) = α/2, where P falls as O grows.
        let upper = solveShape(expected: expected) { IncompleteGamma.lower($0, expected) - tail }
        // Lower limit: Q(O + 1, E) = α/2, where Q rises as O grows; 0 when even O = 0 is within reach.
        let lower: Double
        if IncompleteGamma.upper(1, expected) >= tail {
            lower = 0
        } else {
            lower = solveShape(expected: expected) { tail - IncompleteGamma.upper($0, expected) } - 1
        }
        return (max(0, lower), upper)
    }

    /// The shape a > 0 where the decreasing function `f` crosses zero, by bisection to double precision.
    private static func solveShape(expected: Double, _ f: (Double) -> Double) -> Double {
        var low = 1e-12
        var high = max(2, expected * 2 + 20)
        while f(high) > 0 { high *= 2 }
        for _ in 0..<200 {
            let middle = (low + high) / 2
            if middle <= low || middle >= high { break }
            if f(middle) > 0 { low = middle } else { high = middle }
        }
        return (low + high) / 2
    }
}
