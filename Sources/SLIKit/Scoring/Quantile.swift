/// Quantiles of a sample, computed the way Excel's `QUARTILE.INC` and R's default (type 7) do.
///
/// For a sorted sample x₁ ≤ … ≤ xₙ and a probability p, let h = (n − 1)p; the quantile is
/// x⌊h⌋₊₁ + (h − ⌊h⌋)(x⌊h⌋₊₂ − x⌊h⌋₊₁). The method is chosen because it is the one a network lead or
/// analyst reproduces in a spreadsheet (`QUARTILE.INC`, `PERCENTILE.INC`, `MEDIAN`), so the figures in a
/// pack can be checked by hand; it also never leaves the range of the data.
public enum Quantile {
    /// The p-quantile of `sorted` (ascending), or `nil` for an empty sample.
    ///
    /// - Parameters:
    ///   - sorted: The sample, sorted ascending.
    ///   - probability: A probability between 0 and 1.
    public static func inclusive(_ sorted: [Double], probability: Double) -> Double? {
        guard let first = sorted.first, let last = sorted.last else { return nil }
        if probability <= 0 { return first }
        if probability >= 1 { return last }
        let position = Double(sorted.count - 1) * probability
        let lower = Int(position.rounded(.down))
        let fraction = position - Double(lower)
        guard lower + 1 < sorted.count else { return sorted[lower] }
        return sorted[lower] + fraction * (sorted[lower + 1] - sorted[lower])
    }
}
