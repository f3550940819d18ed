import SLIKit

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

    /// The spread of `values`, with quartiles by ``Quantile/inclusive(_:probability:)`` (R type 7, Excel
    /// `QUARTILE.INC`), as the score card computes them; nil for no values.
    public static func of(_ values: [Double]) -> ReportSpread? {
        let sorted = values.sorted()
        guard let first = sorted.first, let last = sorted.last,
            let lowerQuartile = Quantile.inclusive(sorted, probability: 0.25),
            let median = Quantile.inclusive(sorted, probability: 0.5),
            let upperQuartile = Quantile.inclusive(sorted, probability: 0.75)
        else { return nil }
        return ReportSpread(
            minimum: first, lowerQuartile: lowerQuartile, median: median, upperQuartile: upperQuartile,
            maximum: last, count: sorted.count)
    }

    /// The quartile `value` falls in, by the same rule as the score card's.
    public func quartile(of value: Double) -> Quartile {
        Quartile.placing(value, lowerQuartile: lowerQuartile, median: median, upperQuartile: upperQuartile)
    }
}
