/// The region's picture of one item across the participating localities.
public struct ItemSummary: Sendable, Hashable, Codable {
    /// The item.
    public var itemID: String
    /// The item's theme.
    public var themeID: String
    /// The distribution of ratings on the scale, or `nil` when no locality rated the item.
    public var distribution: Distribution?
    /// How many localities gave each value on the scale, lowest value first.
    public var levelCounts: [Int]
    /// How many localities answered "not applicable".
    public var notApplicable: Int
    /// How many localities left the item blank.
    public var unanswered: Int

    /// An item summary with the given content.
    public init(
        itemID: String, themeID: String, distribution: Distribution?, levelCounts: [Int], notApplicable: Int,
        unanswered: Int
    ) {
        self.itemID = itemID
        self.themeID = themeID
        self.distribution = distribution
        self.levelCounts = levelCounts
        self.notApplicable = notApplicable
        self.unanswered = unanswered
    }
}
