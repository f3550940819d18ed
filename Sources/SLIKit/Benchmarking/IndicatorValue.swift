/// One area's figures for one indicator and period: a locality, the region or England.
public struct IndicatorValue: Sendable, Hashable, Codable {
    /// The ONS code of England, used for the national benchmark rows.
    public static let england = "E92000001"

    /// The locality's ONS code, the region's identifier, or ``england``.
    public var areaCode: String
    /// The indicator's identifier.
    public var indicatorID: String
    /// The period the figures cover, as given (e.g. `2012-14`).
    public var period: String
    /// The count of events or of cases meeting the condition.
    public var numerator: Double
    /// The population, births or cases the numerator is out of.
    public var denominator: Double

    /// Figures with the given content.
    public init(areaCode: String, indicatorID: String, period: String, numerator: Double, denominator: Double) {
        self.areaCode = areaCode
        self.indicatorID = indicatorID
        self.period = period
        self.numerator = numerator
        self.denominator = denominator
    }

    /// The value and its 95% and 99.8% intervals under `definition`, or `nil` without a usable denominator.
    public func estimate(using definition: IndicatorDefinition) -> IndicatorEstimate? {
        guard let value = definition.value(numerator: numerator, denominator: denominator),
            let narrow = definition.interval(numerator: numerator, denominator: denominator, level: .ninetyFive),
            let wide = definition.interval(
                numerator: numerator, denominator: denominator, level: .ninetyNinePointEight)
        else { return nil }
        return IndicatorEstimate(value: value, interval95: narrow, interval998: wide)
    }
}
