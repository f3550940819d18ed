/// What an indicator measures and how its value and intervals are calculated.
///
/// Definitions are data, shipped in `indicators/<id>.yaml`.
public struct IndicatorDefinition: Sendable, Hashable, Codable, Identifiable {
    /// How the value is formed from numerator and denominator.
    public enum Kind: String, Sendable, Hashable, Codable {
        /// Events per `multiplier` of the denominator, with Byar or exact Poisson intervals.
        case rate
        /// A share of the denominator, times `multiplier` (100 for a percentage), with Wilson intervals.
        case proportion
    }

    /// A stable identifier, e.g. `infant-mortality`.
    public var id: String
    /// The indicator's name.
    public var name: String
    /// Rate or proportion.
    public var kind: Kind
    /// The unit multiplier: 1,000 for a rate per 1,000, 100 for a percentage.
    public var multiplier: Double
    /// The unit as a reader sees it, e.g. `per 1,000 live births` or `%`.
    public var unit: String
    /// What the numerator counts.
    public var numerator: String
    /// What the denominator counts.
    public var denominator: String
    /// Which direction is better.
    public var polarity: Polarity
    /// Where the published figures come from.
    public var source: String

    /// A definition with the given content.
    public init(
        id: String, name: String, kind: Kind, multiplier: Double, unit: String, numerator: String,
        denominator: String, polarity: Polarity, source: String
    ) {
        self.id = id
        self.name = name
        self.kind = kind
        self.multiplier = multiplier
        self.unit = unit
        self.numerator = numerator
        self.denominator = denominator
        self.polarity = polarity
        self.source = source
    }

    /// The value of `numerator` over `denominator` in the indicator's unit, or `nil` for no denominator.
    public func value(numerator: Double, denominator: Double) -> Double? {
        guard denominator > 0 else { return nil }
        return numerator / denominator * multiplier
    }

    /// The interval at `level` for `numerator` over `denominator`, by the indicator's method.
    public func interval(numerator: Double, denominator: Double, level: ConfidenceLevel) -> ConfidenceInterval? {
        switch kind {
        case .rate:
            ConfidenceInterval.rate(count: numerator, denominator: denominator, multiplier: multiplier, level: level)
        case .proportion:
            ConfidenceInterval.proportion(
                count: numerator, denominator: denominator, multiplier: multiplier, level: level)
        }
    }
}
