/// One locality's answer to one item, as scoring sees it.
public struct ItemScore: Sendable, Hashable, Codable {
    /// What the locality answered.
    public enum Status: String, Sendable, Hashable, Codable {
        /// A value on the scale.
        case rated
        /// "Not applicable": left out of every score.
        case notApplicable = "not-applicable"
        /// Left blank: a gap, left out of every score.
        case unanswered
    }

    /// The item.
    public var itemID: String
    /// The item's theme.
    public var themeID: String
    /// Rated, not applicable or unanswered.
    public var status: Status
    /// The value on the scale when rated.
    public var level: Int?
    /// Whether the locality gave evidence for its rating.
    public var hasEvidence: Bool

    /// An item score with the given content.
    public init(itemID: String, themeID: String, status: Status, level: Int?, hasEvidence: Bool) {
        self.itemID = itemID
        self.themeID = themeID
        self.status = status
        self.level = level
        self.hasEvidence = hasEvidence
    }
}
