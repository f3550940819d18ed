/// One theme's change across the localities that took part in both cycles.
public struct ReportFollowUpTheme: Sendable, Hashable, Codable {
    /// The theme's identifier.
    public var themeID: String
    /// How many localities have a score in both cycles.
    public var pairedCount: Int
    /// The median of the paired changes (follow-up minus baseline).
    public var medianChange: Double
    /// How many localities improved.
    public var improved: Int
    /// How many localities scored lower.
    public var declined: Int
    /// The two-sided p-value of the Wilcoxon signed-rank test, when it could be computed.
    public var pValue: Double?

    /// A theme change with the given values.
    public init(
        themeID: String, pairedCount: Int, medianChange: Double, improved: Int, declined: Int, pValue: Double?
    ) {
        self.themeID = themeID
        self.pairedCount = pairedCount
        self.medianChange = medianChange
        self.improved = improved
        self.declined = declined
        self.pValue = pValue
    }
}
