import Foundation
import HTTPTypes
import Hummingbird
import SLIKit

extension Portal {
    /// The network lead's named comparisons: every locality's scores, and the benchmarking indicators
    /// with their intervals, verdicts, ranks and trends, in the columns `sli score` and
    /// `sli indicators show` print.
    func addComparisonRoutes(to router: Router<PortalRequestContext>) {
        router.get("/cycles/:cycle/scores") { _, context in
            let cycle = try await cycle(context)
            _ = try require(.viewComparisons, context, in: cycle)
            let framework = try catalog.framework(id: cycle.frameworkID)
            let card = Scorer(framework: framework).score(try await store.currentAssessments(cycleID: cycle.id))
            guard !card.localities.isEmpty else {
                return PortalPage.response(
                    "\(cycle.name): scores", context: context,
                    [.tag("p", "No return has been accepted in \(cycle.name) yet: there is nothing to score.")])
            }
            let table = ScoreTable(card: card, framework: framework, region: try catalog.region(id: cycle.regionID))
            let weakest = card.weakestItems(limit: 5).map { summary in
                "\(summary.itemID) (\(String(format: "%.2f", summary.distribution?.mean ?? 0)))"
            }
            return PortalPage.response(
                "\(cycle.name): scores", context: context,
                [
                    .tag(
                        "p",
                        "A theme score is the weighted mean rating of the theme's rated items as a percentage of the"
                            + " scale's maximum; \"not applicable\" answers and gaps are left out and counted."
                            + " Quartiles follow Excel's QUARTILE.INC; ranks share a place on ties (2=)."),
                    .tag("h2", "By locality and theme"), Self.textTable(table.themeRows()),
                    .tag(
                        "p",
                        "Items where the region is weakest (lowest mean rating): "
                            + (weakest.isEmpty ? "none" : weakest.joined(separator: ", ")) + "."),
                    .tag("h2", "By item"), Self.textTable(table.itemRows()),
                ])
        }
        router.get("/cycles/:cycle/indicators") { _, context in
            let cycle = try await cycle(context)
            _ = try require(.viewComparisons, context, in: cycle)
            let indicators = try IndicatorContext(store: store, cycle: cycle, catalog: catalog)
            let figures = try await store.indicatorValues(cycleID: cycle.id)
            guard !figures.isEmpty else {
                return PortalPage.response(
                    "\(cycle.name): indicators", context: context,
                    [
                        .tag(
                            "p",
                            "\(cycle.name) has no indicator figures yet: the network lead imports them with"
                                + " sli indicators import.")
                    ])
            }
            let rows = Benchmarker(indicators: indicators.indicators, region: indicators.region).results(figures)
                .map { IndicatorRow($0, indicators: indicators.indicators, region: indicators.region).fields }
            return PortalPage.response(
                "\(cycle.name): indicators", context: context,
                [
                    .tag(
                        "p",
                        "Values with their 95% and 99.8% intervals; each verdict against the region and England"
                            + " names the level and the method it rests on."),
                    Self.textTable((IndicatorRow.header, rows)),
                ])
        }
    }

    /// A table of text under lower-case column names (`region_median` reads `region median`).
    static func textTable(_ table: (header: [String], rows: [[String]])) -> HTML {
        .table(
            table.header.map { $0.replacingOccurrences(of: "_", with: " ") },
            table.rows.map { $0.map(HTML.text) })
    }
}
