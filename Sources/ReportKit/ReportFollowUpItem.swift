import SLIKit

/// How one locality's rating of one item changed since the baseline cycle.
public struct ReportFollowUpItem: Sendable, Hashable, Codable {
    /// The locality's ONS code.
    public var localityCode: String
    /// The theme's identifier.
    public var themeID: String
    /// The item's identifier.
    public var itemID: String
    /// The kind of change.
    public var change: RatingChange

    /// An item change with the given content.
    public init(localityCode: String, themeID: String, itemID: String, change: RatingChange) {
        self.localityCode = localityCode
        self.themeID = themeID
        self.itemID = itemID
        self.change = change
    }
}
