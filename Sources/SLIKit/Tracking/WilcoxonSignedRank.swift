import Foundation

/// The Wilcoxon signed-rank test on paired differences: two-sided, normal approximation.
///
/// Zero differences are dropped before ranking (Wilcoxon's method); tied absolute differences get the
/// average of their ranks. The statistic W is the smaller of the positive and negative rank sums. Its mean
/// under no change is n(n+1)/4 and its variance n(n+1)(2n+1)/24 less the tie correction Σ(t³ - t)/48 over
/// groups of t tied values; z = (W - mean) / √variance with no continuity correction, and p = 2 P(Z > |z|).
/// These are the figures `scipy.stats.wilcoxon(d, zero_method="wilcox", correction=False,
/// method="approx")` reports. With fewer than `minimumSampleSize` non-zero differences the
/// approximation is not trusted and no z or p is given.
public struct WilcoxonSignedRank: Sendable, Hashable, Codable {
    /// The smallest number of non-zero differences the test is run on.
    public static let minimumSampleSize = 6

    /// The number of non-zero differences.
    public var n: Int
    /// The sum of the ranks of positive differences.
    public var positiveRankSum: Double
    /// The sum of the ranks of negative differences.
    public var negativeRankSum: Double
    /// z, or `nil` when n is too small to test.
    public var z: Double?
    /// The two-sided p-value, or `nil` when n is too small to test.
    public var p: Double?

    /// The test on `differences` (follow-up minus baseline), run when at least `minimumSampleSize` of
    /// them are not zero.
    ///
    /// Absolute differences closer than 1e-9 count as tied, so that means computed in different orders
    /// still tie.
    public init(differences: [Double], minimumSampleSize: Int = Self.minimumSampleSize) {
        let nonZero = differences.filter { abs($0) > 1e-12 }.sorted { abs($0) < abs($1) }
        n = nonZero.count
        var ranks = [Double](repeating: 0, count: n)
        var tieCorrection = 0.0
        var start = 0
        while start < n {
            var end = start
            while end + 1 < n, abs(nonZero[end + 1]) - abs(nonZero[start]) < 1e-9 { end += 1 }
            let rank = Double(start + end + 2) / 2
            for index in start...end { ranks[index] = rank }
            let tied = Double(end - start + 1)
            tieCorrection += tied * tied * tied - tied
            start = end + 1
        }
        positiveRankSum = zip(nonZero, ranks).filter { $0.0 > 0 }.map(\.1).reduce(0, +)
        negativeRankSum = zip(nonZero, ranks).filter { $0.0 < 0 }.map(\.1).reduce(0, +)
        guard n >= max(minimumSampleSize, 1) else { return }
        let count = Double(n)
        let mean = count * (count + 1) / 4
        let variance = count * (count + 1) * (2 * count + 1) / 24 - tieCorrection / 48
        guard variance > 0 else { return }
        let z = (min(positiveRankSum, negativeRankSum) - mean) / variance.squareRoot()
        self.z = z
        p = erfc(abs(z) / 2.0.squareRoot())
    }

    /// W: the smaller of the two rank sums.
    public var statistic: Double { min(positiveRankSum, negativeRankSum) }

    /// Whether there were enough non-zero differences to test.
    public var isTested: Bool { p != nil }
}
