/// A locality's value of one indicator with its confidence interval and verdicts.
public struct ReportIndicatorValue: Sendable, Hashable, Codable {
    /// The indicator's identifier.
    public var indicatorID: String
    /// The locality's ONS code.
    public var localityCode: String
    /// The value in the indicator's unit.
    public var value: Double
    /// The lower end of the 95% confidence interval.
    public var lower: Double
    /// The upper end of the 95% confidence interval.
    public var upper: Double
    /// The event count behind the value, when it is a rate or proportion.
    public var count: Int?
    /// The denominator behind the value, when it is a rate or proportion.
    public var denominator: Int?
    /// The comparisons with the region and England.
    public var verdicts: [ReportVerdict]

    /// A value with the given details.
    public init(
        indicatorID: String, localityCode: String, value: Double, lower: Double, upper: Double, count: Int? = nil,
        denominator: Int? = nil, verdicts: [ReportVerdict] = []
    ) {
        self.indicatorID = indicatorID
        self.localityCode = localityCode
        self.value = value
        self.lower = lower
        self.upper = upper
        self.count = count
        self.denominator = denominator
        self.verdicts = verdicts
    }
}
