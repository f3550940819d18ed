import SLIKit

/// A funnel plot: each locality's rate against its denominator, with control limits around the pooled rate.
public struct ReportFunnel: Sendable, Hashable, Codable {
    /// What is plotted, e.g. `Infant mortality 2012-14`.
    public var title: String
    /// The unit of the rates, e.g. `per 1,000 live births`.
    public var unit: String
    /// What the denominator counts, e.g. `live births`.
    public var denominatorName: String
    /// The pooled regional rate, in the unit.
    public var pooledRate: Double
    /// One point per locality.
    public var points: [ReportFunnelPoint]
    /// The control lines at 95% and 99.8%, as PHStatsMethods' `calculate_funnel_limits` draws them.
    public var lines: [FunnelLine]

    /// A funnel plot with the given content.
    public init(
        title: String, unit: String, denominatorName: String, pooledRate: Double, points: [ReportFunnelPoint],
        lines: [FunnelLine]
    ) {
        self.title = title
        self.unit = unit
        self.denominatorName = denominatorName
        self.pooledRate = pooledRate
        self.points = points
        self.lines = lines
    }
}
