import Foundation
import SLIKit

/// The JSON form of a score card, optionally narrowed to one locality.
struct ScoreDocument: Encodable {
    var cycle: String
    var framework: String
    var scaleMinimum: Int
    var scaleMaximum: Int
    var quantileMethod = "inclusive (Excel QUARTILE.INC, R type 7)"
    var localities: [LocalityScore]
    var overall: Distribution?
    var themes: [ThemeSummary]
    var items: [ItemSummary]
    var weakestItems: [String]

    init(cycle: Cycle, card: ScoreCard, localityCode: String?) {
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
