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
    /// The control limits, sampled along the denominator in increasing order.
    public var limits: [FunnelPoint]

    /// A funnel plot with the given content.
    public init(
        title: String, unit: String, denominatorName: String, pooledRate: Double, points: [ReportFunnelPoint],
        limits: [FunnelPoint]
    ) {
        self.title = title
        self.unit = unit
        self.denominatorName = denominatorName
        self.pooledRate = pooledRate
        self.points = points
        self.limits = limits
    }
}
