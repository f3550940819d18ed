import SLIKit

/// An indicator as the report shows it: name, unit, polarity and the values it is compared with.
public struct ReportIndicator: Sendable, Hashable, Codable, Identifiable {
    /// Which direction of an indicator is good, if either.
    public enum Polarity: String, Sendable, Hashable, Codable, CaseIterable {
        /// Higher values are better.
        case highIsGood = "high is good"
        /// Lower values are better.
        case lowIsGood = "low is good"
        /// Neither direction is better.
        case noJudgement = "no judgement"
    }

    /// The indicator's identifier, e.g. `infant-mortality`.
    public var id: String
    /// The indicator's name, e.g. `Infant mortality rate`.
    public var name: String
    /// The unit of its values, e.g. `per 1,000 live births` or `%`.
    public var unit: String
    /// The period the values cover, e.g. `2012-14`.
    public var period: String
    /// Which direction is good.
    public var polarity: Polarity
    /// The regional value.
    public var regionValue: Double
    /// The England value, when known.
    public var englandValue: Double?
    /// The spread of the localities' values, for the spine chart.
    public var spread: ReportSpread?

    /// An indicator with the given details.
    public init(
        id: String, name: String, unit: String, period: String, polarity: Polarity, regionValue: Double,
        englandValue: Double? = nil, spread: ReportSpread? = nil
    ) {
        self.id = id
        self.name = name
        self.unit = unit
        self.period = period
        self.polarity = polarity
        self.regionValue = regionValue
        self.englandValue = englandValue
        self.spread = spread
    }
}
