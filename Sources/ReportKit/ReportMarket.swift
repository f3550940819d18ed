/// The Market Place as the report shows it: totals, counts per theme and the suggested pairings.
public struct ReportMarket: Sendable, Hashable, Codable {
    /// How many requests for information the localities made.
    public var requests: Int
    /// How many offers of support the localities made.
    public var offers: Int
    /// How many requests were matched with an offer.
    public var matchedRequests: Int
    /// Requests and offers per theme.
    public var themeCounts: [ReportMarketThemeCount]
    /// The pairings: who will contact whom about what.
    public var pairings: [ReportMarketPairing]

    /// A Market Place summary with the given content.
    public init(
        requests: Int, offers: Int, matchedRequests: Int, themeCounts: [ReportMarketThemeCount],
        pairings: [ReportMarketPairing]
    ) {
        self.requests = requests
        self.offers = offers
        self.matchedRequests = matchedRequests
        self.themeCounts = themeCounts
        self.pairings = pairings
    }
}
