/// Five numbers that describe a distribution: minimum, quartiles and maximum.
public struct ReportSpread: Sendable, Hashable, Codable {
    /// The smallest value.
    public var minimum: Double
    /// The lower quartile.
    public var lowerQuartile: Double
    /// The median.
    public var median: Double
    /// The upper quartile.
    public var upperQuartile: Double
    /// The largest value.
    public var maximum: Double
    /// How many values the spread describes.
    public var count: Int

    /// A spread with the given five numbers.
    public init(
        minimum: Double, lowerQuartile: Double, median: Double, upperQuartile: Double, maximum: Double, count: Int
    ) {
        self.minimum = minimum
        self.lowerQuartile = lowerQuartile
        self.median = median
        self.upperQuartile = upperQuartile
        self.maximum = maximum
        self.count = count
    }

    /// The spread of `values`, with quartiles by linear interpolation between order statistics.
    ///
    /// This is the common "type 7" definition (R's default `quantile`, Excel's `QUARTILE.INC`).
    /// Returns nil for no values.
    public static func of(_ values: [Double]) -> ReportSpread? {
        let sorted = values.sorted()
        guard let first = sorted.first, let last = sorted.last else { return nil }
        func quantile(_ p: Double) -> Double {
            let position = p * Double(sorted.count - 1)
            let below = Int(position.rounded(.down))
            let above = min(below + 1, sorted.count - 1)
            let fraction = position - Double(below)
            return sorted[below] + (sorted[above] - sorted[below]) * fraction
        }
        return ReportSpread(
            minimum: first, lowerQuartile: quantile(0.25), median: quantile(0.5), upperQuartile: quantile(0.75),
            maximum: last, count: sorted.count)
    }
}
