/// The change between the baseline cycle and this (follow-up) cycle.
public struct ReportFollowUp: Sendable, Hashable, Codable {
    /// The baseline cycle's name.
    public var baselineCycleName: String
    /// The change per theme across localities.
    public var themes: [ReportFollowUpTheme]
    /// The paired change per locality and theme.
    public var changes: [ReportFollowUpChange]

    /// A follow-up summary with the given content.
    public init(baselineCycleName: String, themes: [ReportFollowUpTheme], changes: [ReportFollowUpChange]) {
        self.baselineCycleName = baselineCycleName
        self.themes = themes
        self.changes = changes
    }
}
