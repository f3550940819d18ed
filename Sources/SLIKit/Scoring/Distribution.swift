/// Summary of a set of values across localities: range, quartiles, median and mean.
///
/// Quartiles follow ``Quantile/inclusive(_:probability:)`` (Excel `QUARTILE.INC`, R type 7).
public struct Distribution: Sendable, Hashable, Codable {
    /// How many values the summary is made of.
    public var count: Int
    /// The smallest value.
    public var minimum: Double
    /// The first quartile (25th percentile).
    public var lowerQuartile: Double
    /// The median.
    public var median: Double
    /// The third quartile (75th percentile).
    public var upperQuartile: Double
    /// The largest value.
    public var maximum: Double
    /// The arithmetic mean.
    public var mean: Double

    /// The summary of `values`, or `nil` when there are none.
    public init?<Values: Sequence>(_ values: Values) where Values.Element == Double {
        let sorted = values.sorted()
        guard let minimum = sorted.first, let maximum = sorted.last,
            let lowerQuartile = Quantile.inclusive(sorted, probability: 0.25),
            let median = Quantile.inclusive(sorted, probability: 0.5),
            let upperQuartile = Quantile.inclusive(sorted, probability: 0.75)
        else { return nil }
        self.count = sorted.count
        self.minimum = minimum
        self.lowerQuartile = lowerQuartile
        self.median = median
        self.upperQuartile = upperQuartile
        self.maximum = maximum
        self.mean = sorted.reduce(0, +) / Double(sorted.count)
    }

    /// The quartile of the distribution that `value` falls in, by ``Quartile/placing(_:lowerQuartile:median:upperQuartile:)``.
    public func quartile(of value: Double) -> Quartile {
        Quartile.placing(value, lowerQuartile: lowerQuartile, median: median, upperQuartile: upperQuartile)
    }
}
