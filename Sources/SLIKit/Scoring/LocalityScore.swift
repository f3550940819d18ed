/// Everything scoring says about one locality: item ratings, theme scores, overall score and position.
public struct LocalityScore: Sendable, Hashable, Codable {
    /// The locality's ONS code.
    public var localityCode: String
    /// One entry per assessed item, in framework order.
    public var items: [ItemScore]
    /// One entry per theme with assessed items, in framework order.
    public var themes: [ThemeScore]
    /// The weighted mean of every rated item across all themes.
    public var overall: Score
    /// The rank of the overall score among localities with one.
    public var overallRank: Rank?
    /// The quartile of the regional distribution of overall scores.
    public var overallQuartile: Quartile?
    /// The themes with the locality's highest score (several when tied).
    public var strongestThemes: [String]
    /// The themes with the locality's lowest score (several when tied).
    public var weakestThemes: [String]

    /// A locality score with the given content.
    public init(
        localityCode: String, items: [ItemScore], themes: [ThemeScore], overall: Score, overallRank: Rank? = nil,
        overallQuartile: Quartile? = nil, strongestThemes: [String] = [], weakestThemes: [String] = []
    ) {
        self.localityCode = localityCode
        self.items = items
        self.themes = themes
        self.overall = overall
        self.overallRank = overallRank
        self.overallQuartile = overallQuartile
        self.strongestThemes = strongestThemes
        self.weakestThemes = weakestThemes
    }

    /// The locality's score on `themeID`, or `nil`.
    public func theme(_ themeID: String) -> ThemeScore? { themes.first { $0.themeID == themeID } }

    /// The locality's answer to `itemID`, or `nil`.
    public func item(_ itemID: String) -> ItemScore? { items.first { $0.itemID == itemID } }

    /// The items the locality left blank, in framework order.
    public var gaps: [String] { items.filter { $0.status == .unanswered }.map(\.itemID) }
}
