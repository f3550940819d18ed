/// One locality's point on a funnel plot.
public struct ReportFunnelPoint: Sendable, Hashable, Codable {
    /// The locality's ONS code.
    public var localityCode: String
    /// The event count, e.g. infant deaths.
    public var count: Int
    /// The denominator, e.g. live births.
    public var denominator: Int
    /// The rate in the funnel's unit.
    public var rate: Double

    /// A point with the given values.
    public init(localityCode: String, count: Int, denominator: Int, rate: Double) {
        self.localityCode = localityCode
        self.count = count
        self.denominator = denominator
        self.rate = rate
    }
}
