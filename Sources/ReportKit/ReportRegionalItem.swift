/// An item's result across the region, as the list of weakest items shows it.
public struct ReportRegionalItem: Sendable, Hashable, Codable {
    /// The theme's identifier.
    public var themeID: String
    /// The item's identifier, e.g. `SS3`.
    public var itemID: String
    /// The item's text.
    public var text: String
    /// The mean score of the localities that rated it.
    public var meanScore: Double
    /// How many localities rated it (not applicable does not count).
    public var ratedCount: Int
    /// How many of those rated it 0 or 1 (not in place or planned).
    public var lowCount: Int

    /// A regional item result with the given values.
    public init(themeID: String, itemID: String, text: String, meanScore: Double, ratedCount: Int, lowCount: Int) {
        self.themeID = themeID
        self.itemID = itemID
        self.text = text
        self.meanScore = meanScore
        self.ratedCount = ratedCount
        self.lowCount = lowCount
    }
}
