/// An indicator value's place: which indicator, for which locality (or the region's code).
public struct IndicatorKey: Sendable, Hashable, Codable, Comparable {
    /// The indicator's identifier.
    public var indicatorID: String
    /// The ONS code of the area.
    public var localityCode: String

    /// A key with the given indicator and area.
    public init(indicatorID: String, localityCode: String) {
        self.indicatorID = indicatorID
        self.localityCode = localityCode
    }

    /// Indicator first, then area.
    public static func < (lhs: IndicatorKey, rhs: IndicatorKey) -> Bool {
        (lhs.indicatorID, lhs.localityCode) < (rhs.indicatorID, rhs.localityCode)
    }
}
