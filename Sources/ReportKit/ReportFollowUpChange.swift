/// One locality's scores on one theme in the baseline and the follow-up cycle.
///
/// The scores are mean ratings on the framework's scale over the items rated in both cycles, as
/// the follow-up compares them (not the theme scores, which are percentages).
public struct ReportFollowUpChange: Sendable, Hashable, Codable {
    /// The locality's ONS code.
    public var localityCode: String
    /// The theme's identifier.
    public var themeID: String
    /// The baseline mean rating.
    public var baseline: Double
    /// The follow-up mean rating.
    public var followUp: Double

    /// The change, follow-up minus baseline.
    public var change: Double { followUp - baseline }

    /// A paired change with the given scores.
    public init(localityCode: String, themeID: String, baseline: Double, followUp: Double) {
        self.localityCode = localityCode
        self.themeID = themeID
        self.baseline = baseline
        self.followUp = followUp
    }
}
