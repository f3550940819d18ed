/// An answer worth a second look: a good-practice candidate or a support need.
public struct Highlight: Sendable, Hashable, Codable {
    /// The locality that gave the answer.
    public var localityCode: String
    /// The theme of the item.
    public var themeID: String
    /// The item answered.
    public var itemID: String
    /// The rating given.
    public var level: Int
    /// The evidence (for good practice) or the support wanted (for a support need), when given.
    public var text: String?

    /// A highlight with the given content.
    public init(localityCode: String, themeID: String, itemID: String, level: Int, text: String?) {
        self.localityCode = localityCode
        self.themeID = themeID
        self.itemID = itemID
        self.level = level
        self.text = text
    }
}
