import ArgumentParser
import SLIKit

extension SLI.MarketCommand {
    /// `sli market summary --cycle CYCLE`: what the cycle's Market Place holds.
    struct Summary: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Count requests and offers by theme and locality; show where requests outnumber offers."
        )

        @Option(help: "The cycle's name or id.", completion: .cycleNames)
        var cycle: String
        @OptionGroup var storeOptions: StoreOptions

        func run() async throws {
            let context = try await MarketContext(storeOptions: storeOptions, cycle: cycle)
            let summary = MarketSummary(entries: try await context.store.marketEntries(cycleID: context.cycle.id))
            print(Self.text(summary, context: context), terminator: "")
        }

        /// The summary as it reads in a terminal.
        static func text(_ summary: MarketSummary, context: MarketContext) -> String {
            func rows(_ heading: String, _ tallies: [MarketSummary.Tally], name: (String) -> String) -> String {
                TextTable.render(
                    [[heading, "REQUESTS", "OFFERS", "CAPACITY"]]
                        + tallies.map { [name($0.key), String($0.requests), String($0.offers), String($0.capacity)] })
            }
            func names(_ codes: [String]) -> String {
                codes.isEmpty ? "none" : codes.map(context.name).joined(separator: ", ")
            }
            let heading =
                "cycle \(context.cycle.name): \(summary.requestCount) requests, \(summary.offerCount) offers\n"
            if summary.requestCount + summary.offerCount == 0 {
                return heading + "nothing to summarise yet: ingest workbooks with a filled-in Market Place sheet, or"
                    + " add offers and requests with `sli market import` or `sli market add`\n"
            }
            return heading + "\n"
                + rows("THEME", summary.byTheme, name: context.themeName) + "\n"
                + rows("LOCALITY", summary.byLocality, name: context.name) + "\n"
                + "requests most outnumber offers on: "
                + (summary.shortfalls.isEmpty
                    ? "none"
                    : summary.shortfalls.map {
                        "\(context.themeName($0.key)) (\($0.requests) requests, \($0.offers) offers)"
                    }.joined(separator: "; ")) + "\n"
                + "only ask: \(names(summary.onlyAsking))\n"
                + "only offer: \(names(summary.onlyOffering))\n"
        }
    }
}
