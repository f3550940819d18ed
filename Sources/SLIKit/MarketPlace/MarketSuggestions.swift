/// Pairings proposed from the self-assessments rather than made by localities: suggestions only.
public struct MarketSuggestions: Sendable, Hashable, Codable {
    /// The suggested offers and requests.
    public var entries: [MarketPlaceEntry]
    /// The plan pairing them.
    public var plan: MatchPlan

    /// Suggestions with the given content.
    public init(entries: [MarketPlaceEntry], plan: MatchPlan) {
        self.entries = entries
        self.plan = plan
    }
}
