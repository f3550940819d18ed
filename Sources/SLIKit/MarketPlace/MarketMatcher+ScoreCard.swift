extension MarketMatcher {
    /// A matcher for the localities of `region` that prefers providers by their theme scores on `card`
    /// (percentages of the scale maximum, the figures the score card gives).
    ///
    /// This is the one source of preferences for every plan sli makes, so a plan printed at the terminal,
    /// the report's pairings and the example cycle's pair the same requests with the same offers.
    public init(region: Region, card: ScoreCard) {
        var scores: [String: [String: Double]] = [:]
        for locality in card.localities {
            for theme in locality.themes {
                if let percentage = theme.score.percentage {
                    scores[locality.localityCode, default: [:]][theme.themeID] = percentage
                }
            }
        }
        self.init(region: region, scores: scores)
    }
}
