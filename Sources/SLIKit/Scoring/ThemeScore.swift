/// One locality's score on one theme and its place among the participating localities.
public struct ThemeScore: Sendable, Hashable, Codable {
    /// The theme.
    public var themeID: String
    /// The weighted mean of the theme's rated items.
    public var score: Score
    /// The locality's rank on the theme among localities with a score (1 is highest).
    public var rank: Rank?
    /// The quartile of the regional distribution the score falls in.
    public var quartile: Quartile?

    /// A theme score with the given content.
    public init(themeID: String, score: Score, rank: Rank? = nil, quartile: Quartile? = nil) {
        self.themeID = themeID
        self.score = score
        self.rank = rank
        self.quartile = quartile
    }
}
