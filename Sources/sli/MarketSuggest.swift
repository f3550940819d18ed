import ArgumentParser
import SLIKit

extension SLI.MarketCommand {
    /// `sli market suggest --cycle CYCLE`: pairings proposed from the self-assessments.
    struct Suggest: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Suggest pairings nobody offered: top ratings with evidence for bottom ratings.",
            discussion: """
                A locality that rated an item at the top of the scale and gave evidence is suggested as an \
                offer on it (unless it already offered it); localities that rated the item at the bottom are \
                suggested as requests. They are matched by the same rules as real offers and requests, and \
                printed as suggestions.
                """
        )

        @OptionGroup var options: MarketPlanOptions

        func run() async throws {
            try await options.printPlan(suggested: true)
        }
    }
}
