import ArgumentParser
import Foundation
import SLIKit

extension SLI {
    /// `sli score --cycle CYCLE`: theme and item scores of the cycle's current submissions.
    struct Score: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Score the cycle's current submissions by theme or item, with ranks and the regional spread.",
            discussion: """
                A theme score is the weighted mean rating of the theme's rated items as a percentage of the \
                scale's maximum; "not applicable" answers and blank items are left out and counted. Quartiles \
                follow Excel's QUARTILE.INC; ranks share a place on ties (2=).
                """
        )

        /// What each row is about.
        enum Grouping: String, ExpressibleByArgument, CaseIterable {
            case theme, item
        }

        /// How the scores are printed.
        enum Format: String, ExpressibleByArgument, CaseIterable {
            case table, csv, json
        }

        @Option(help: "The cycle's name or id.")
        var cycle: String
        @Option(help: "theme (a row per locality and theme) or item (a row per item).")
        var by: Grouping = .theme
        @Option(help: "Only this locality (name or ONS code).")
        var locality: String?
        @Option(help: "table, csv or json.")
        var format: Format = .table
        @OptionGroup var storeOptions: StoreOptions

        func run() throws {
            let (store, cycle) = try storeOptions.open(cycle: cycle)
            let catalog = Catalog.default
            let region = try catalog.region(id: cycle.regionID)
            let framework = try catalog.framework(id: cycle.frameworkID)
            let code = try locality.map { try region.resolveLocality($0).code }
            let card = Scorer(framework: framework).score(try store.currentAssessments(cycleID: cycle.id))
            let table = ScoreTable(card: card, framework: framework, region: region, localityCode: code)
            let rows = by == .theme ? table.themeRows() : table.itemRows()
            switch format {
            case .table:
                var text = TextTable.render([rows.header.map { $0.uppercased() }] + rows.rows)
                let weakest = card.weakestItems(limit: 5)
                if by == .theme, code == nil, !weakest.isEmpty {
                    text +=
                        "items where the region is weakest (lowest mean rating): "
                        + weakest.map { summary in
                            "\(summary.itemID) (\(String(format: "%.2f", summary.distribution?.mean ?? 0)))"
                        }.joined(separator: ", ") + "\n"
                }
                print(text, terminator: "")
            case .csv:
                print(([rows.header] + rows.rows).map(DelimitedText.line).joined(), terminator: "")
            case .json:
                let encoder = JSONEncoder()
                encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
                let document = ScoreDocument(cycle: cycle, card: card, localityCode: code)
                print(String(decoding: try encoder.encode(document), as: UTF8.self))
            }
        }
    }
}

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
