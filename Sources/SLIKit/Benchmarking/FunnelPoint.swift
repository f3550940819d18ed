/// The control limits of a funnel plot at one denominator.
public struct FunnelPoint: Sendable, Hashable, Codable {
    /// The denominator (population, births, …) the limits are for.
    public var denominator: Double
    /// The lower 95% limit, in the indicator's unit.
    public var lower95: Double
    /// The upper 95% limit.
    public var upper95: Double
    /// The lower 99.8% limit.
    public var lower998: Double
    /// The upper 99.8% limit.
    public var upper998: Double

    /// A point with the given limits.
    public init(denominator: Double, lower95: Double, upper95: Double, lower998: Double, upper998: Double) {
        self.denominator = denominator
        self.lower95 = lower95
        self.upper95 = upper95
        self.lower998 = lower998
        self.upper998 = upper998
    }
}
