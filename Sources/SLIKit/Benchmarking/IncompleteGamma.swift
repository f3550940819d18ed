import Foundation

/// The regularized incomplete gamma functions and their inverse, to double precision.
///
/// P(a, x) is the probability that a gamma variable of shape `a` (scale 1) is at most `x`, and
/// Q(a, x) = 1 − P(a, x). The chi-squared distribution with k degrees of freedom is the gamma of shape k/2
/// scaled by 2, which gives the exact Poisson interval. Evaluation uses the power series for x < a + 1 and
/// Lentz's continued fraction otherwise; inversion uses Halley's method inside a bisection bracket.
public enum IncompleteGamma {
    /// The regularized lower incomplete gamma function P(a, x), for a > 0 and x ≥ 0.
    public static func lower(_ a: Double, _ x: Double) -> Double {
        guard x > 0 else { return 0 }
        if x < a + 1 { return series(a, x) }
        return 1 - continuedFraction(a, x)
    }

    /// The regularized upper incomplete gamma function Q(a, x) = 1 − P(a, x), for a > 0 and x ≥ 0.
    public static func upper(_ a: Double, _ x: Double) -> Double {
        guard x > 0 else { return 1 }
        if x < a + 1 { return 1 - series(a, x) }
        return continuedFraction(a, x)
    }

    /// The x with P(a, x) = `probability`: the `probability` quantile of the gamma distribution of shape `a`.
    public static func inverseLower(_ a: Double, _ probability: Double) -> Double {
        invert(a, tail: probability, lowerTail: true)
    }

    /// The x with Q(a, x) = `probability`: the (1 − `probability`) quantile of the gamma distribution of
    /// shape `a`, computed without losing the digits of a small upper-tail probability.
    public static func inverseUpper(_ a: Double, _ probability: Double) -> Double {
        invert(a, tail: probability, lowerTail: false)
    }

    /// e^(−x) x^a / Γ(a), the common factor of the series and the continued fraction.
    private static func prefactor(_ a: Double, _ x: Double) -> Double {
        exp(a * log(x) - x - lgamma(a))
    }

    private static func series(_ a: Double, _ x: Double) -> Double {
        var denominator = a
        var term = 1 / a
        var sum = term
        for _ in 0..<10_000 {
            denominator += 1
            term *= x / denominator
            sum += term
            if abs(term) < abs(sum) * 1e-17 { break }
        }
        return sum * prefactor(a, x)
    }

    private static func continuedFraction(_ a: Double, _ x: Double) -> Double {
        let tiny = 1e-300
        var b = x + 1 - a
        var c = 1 / tiny
        var d = 1 / b
        var h = d
        for index in 1..<10_000 {
            let an = -Double(index) * (Double(index) - a)
            b += 2
            d = an * d + b
            if abs(d) < tiny { d = tiny }
            c = b + an / c
            if abs(c) < tiny { c = tiny }
            d = 1 / d
            let delta = d * c
            h *= delta
            if abs(delta - 1) < 1e-17 { break }
        }
        return prefactor(a, x) * h
    }

    private static func invert(_ a: Double, tail: Double, lowerTail: Bool) -> Double {
        if lowerTail ? tail <= 0 : tail >= 1 { return 0 }
        if lowerTail ? tail >= 1 : tail <= 0 { return .infinity }
        // f(x) increases with x in both forms: P(a, x) − p, or q − Q(a, x).
        func f(_ x: Double) -> Double { lowerTail ? lower(a, x) - tail : tail - upper(a, x) }
        var low = 0.0
        var high = max(1, a)
        while f(high) < 0 { high *= 2 }
        var x = initialGuess(a, lowerTailProbability: lowerTail ? tail : 1 - tail)
        if !(x > low && x < high) { x = (low + high) / 2 }
        for _ in 0..<200 {
            let value = f(x)
            if value == 0 { return x }
            if value < 0 { low = x } else { high = x }
            // Halley's step on f, using f' = density and f'' / f' = (a − 1) / x − 1.
            let density = exp((a - 1) * log(x) - x - lgamma(a))
            var next = x
            if density > 0 {
                let newton = value / density
                let curvature = (a - 1) / x - 1
                next = x - newton / (1 - 0.5 * min(1, max(-1, newton * curvature)))
            }
            if !(next > low && next < high) { next = (low + high) / 2 }
            if abs(next - x) <= 4 * Double.ulpOfOne * x || high - low <= 4 * Double.ulpOfOne * high {
                return next
            }
            x = next
        }
        return x
    }

    /// A starting point from the Wilson–Hilferty cube-root approximation.
    private static func initialGuess(_ a: Double, lowerTailProbability p: Double) -> Double {
        let tail = min(p, 1 - p)
        let t = sqrt(-2 * log(max(tail, 1e-300)))
        var z = t - (2.30753 + t * 0.27061) / (1 + t * (0.99229 + t * 0.04481))
        if p < 0.5 { z = -z }
        if a > 1 {
            return max(1e-3, a * pow(1 - 1 / (9 * a) + z / (3 * sqrt(a)), 3))
        }
        let cut = 1 - a * (0.253 + a * 0.12)
        return p < cut ? pow(p / cut, 1 / a) : 1 - log(1 - (p - cut) / (1 - cut))
    }
}
