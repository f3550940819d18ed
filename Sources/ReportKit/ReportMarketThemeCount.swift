/// How many Market Place requests and offers were made on one theme.
public struct ReportMarketThemeCount: Sendable, Hashable, Codable {
    /// The theme's identifier.
    public var themeID: String
    /// Requests for information on the theme.
    public var requests: Int
    /// Offers of support on the theme.
    public var offers: Int

    /// Counts for the given theme.
    public init(themeID: String, requests: Int, offers: Int) {
        self.themeID = themeID
        self.requests = requests
        self.offers = offers
    }
}
