import Foundation

/// The JSON form of a score card, optionally narrowed to one locality.
public struct ScoreDocument: Encodable, Sendable {
    /// The cycle's name.
    public var cycle: String
    /// The framework the scores are on.
    public var framework: String
    /// The lowest rating on the framework's scale.
    public var scaleMinimum: Int
    /// The highest rating on the framework's scale.
    public var scaleMaximum: Int
    /// How quartiles are computed.
    public var quantileMethod = "inclusive (Excel QUARTILE.INC, R type 7)"
    /// Each locality's scores (only the chosen one's when narrowed).
    public var localities: [LocalityScore]
    /// The spread of overall scores across localities.
    public var overall: Distribution?
    /// Each theme's spread across localities.
    public var themes: [ThemeSummary]
    /// Each item's spread across localities.
    public var items: [ItemSummary]
    /// The identifiers of the five items rated lowest across the region.
    public var weakestItems: [String]

    /// The document of `card` for `cycle`, with only `localityCode`'s scores when one is given.
    public init(cycle: Cycle, card: ScoreCard, localityCode: String?) {
        self.cycle = cycle.name
        framework = card.frameworkID
        scaleMinimum = card.scaleMinimum
        scaleMaximum = card.scaleMaximum
        localities = card.localities.filter { localityCode == nil || $0.localityCode == localityCode }
        overall = card.overall
        themes = card.themes
        items = card.items
        weakestItems = card.weakestItems(limit: 5).map(\.itemID)
    }
}
