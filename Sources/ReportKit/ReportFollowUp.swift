import SLIKit

/// The change between the baseline cycle and this (follow-up) cycle: everything the follow-up evaluation gives.
public struct ReportFollowUp: Sendable, Hashable, Codable {
    /// The baseline cycle's name.
    public var baselineCycleName: String
    /// The change per theme across localities.
    public var themes: [ReportFollowUpTheme]
    /// The paired change per locality and theme.
    public var changes: [ReportFollowUpChange]
    /// Localities with an assessment in the baseline only, by ONS code.
    public var baselineOnly: [String]
    /// Localities with an assessment in the follow-up only, by ONS code.
    public var followUpOnly: [String]
    /// How each assessed item's rating changed, locality by locality.
    public var itemChanges: [ReportFollowUpItem]
    /// Local recommendations implemented, one entry per locality in both cycles.
    public var implementation: [FollowUp.Implementation]
    /// How many regional recommendations stand at each status at follow-up, by status.
    public var regional: [RecommendationStatus: Int]
    /// How many open regional recommendations are past their target date.
    public var regionalOverdue: Int
    /// Indicator values present in both cycles.
    public var indicatorChanges: [IndicatorChange]
    /// How many indicator values are present in one cycle only.
    public var indicatorsInOneCycle: Int

    /// A follow-up summary with the given content.
    public init(
        baselineCycleName: String, themes: [ReportFollowUpTheme], changes: [ReportFollowUpChange],
        baselineOnly: [String] = [], followUpOnly: [String] = [], itemChanges: [ReportFollowUpItem] = [],
        implementation: [FollowUp.Implementation] = [], regional: [RecommendationStatus: Int] = [:],
        regionalOverdue: Int = 0, indicatorChanges: [IndicatorChange] = [], indicatorsInOneCycle: Int = 0
    ) {
        self.baselineCycleName = baselineCycleName
        self.themes = themes
        self.changes = changes
        self.baselineOnly = baselineOnly
        self.followUpOnly = followUpOnly
        self.itemChanges = itemChanges
        self.implementation = implementation
        self.regional = regional
        self.regionalOverdue = regionalOverdue
        self.indicatorChanges = indicatorChanges
        self.indicatorsInOneCycle = indicatorsInOneCycle
    }
}
