/// The region's picture of one theme: the spread of locality scores and the answers to learn from.
public struct ThemeSummary: Sendable, Hashable, Codable {
    /// The theme.
    public var themeID: String
    /// The distribution of locality theme scores (percentages), or `nil` when no locality has one.
    public var distribution: Distribution?
    /// Items rated at the top of the scale with evidence: candidates to share as good practice.
    public var goodPractice: [Highlight]
    /// Items rated at the bottom of the scale: where a locality may want support.
    public var supportNeeds: [Highlight]

    /// A theme summary with the given content.
    public init(themeID: String, distribution: Distribution?, goodPractice: [Highlight], supportNeeds: [Highlight]) {
        self.themeID = themeID
        self.distribution = distribution
        self.goodPractice = goodPractice
        self.supportNeeds = supportNeeds
    }
}
