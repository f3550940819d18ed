import ArgumentParser
import Foundation
import SLIKit
import SpreadsheetKit

extension SLI {
    /// `sli score --cycle CYCLE`: theme and item scores of the cycle's current submissions.
    struct Score: AsyncParsableCommand {
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

        @Option(help: "The cycle's name or id.", completion: .cycleNames)
        var cycle: String
        @Option(help: "theme (a row per locality and theme) or item (a row per item).")
        var by: Grouping = .theme
        @Option(help: "Only this locality (name or ONS code).", completion: .localityNames)
        var locality: String?
        @OptionGroup var output: TableFormatOption
        @OptionGroup var storeOptions: StoreOptions

        func run() async throws {
            let (store, cycle, region, framework) = try await storeOptions.openWithCatalog(cycle: cycle)
            let code = try locality.map { try region.resolveLocality($0).code }
            let card = Scorer(framework: framework).score(try await store.currentAssessments(cycleID: cycle.id))
            let table = ScoreTable(card: card, framework: framework, region: region, localityCode: code)
            let rows = by == .theme ? table.themeRows() : table.itemRows()
            switch output.format {
            case .table:
                if let missing = Self.nothingToScore(card, cycle: cycle, locality: code, in: region) {
                    print(missing)
                    return
                }
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
                print(try JSONDocument.text(ScoreDocument(cycle: cycle, card: card, localityCode: code)))
            }
        }

        /// What to say instead of an empty table: the cycle has no accepted submission, or the chosen
        /// locality has none; `nil` when there are scores to show.
        static func nothingToScore(_ card: ScoreCard, cycle: Cycle, locality code: String?, in region: Region)
            -> String?
        {
            let status = "see `sli status --cycle \(cycle.name)`"
            if card.localities.isEmpty {
                return "cycle \(cycle.name) has no accepted submission yet: nothing to score (\(status))"
            }
            if let code, card.locality(code: code) == nil {
                return
                    "\(region.localityLabel(code)) has no accepted submission in cycle \(cycle.name) (\(status))"
            }
            return nil
        }
    }
}
