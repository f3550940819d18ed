import ArgumentParser
import SLIKit

extension SLI.MarketCommand {
    /// `sli market match --cycle CYCLE`: the plan pairing requests with offers.
    struct Match: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Match requests to offers exactly and say why any request stayed unmatched.",
            discussion: """
                Pairs need the same theme, different localities and the same item when both name one. The plan \
                matches as many requests as offers' capacities allow; among those, it has the fewest matches \
                across sub-regions; then it prefers offering localities with higher self-assessed scores on \
                the theme; remaining ties go by a fixed order, so the same input always gives the same plan.
                """
        )

        @OptionGroup var options: MarketPlanOptions

        func run() async throws {
            try await options.printPlan(suggested: false)
        }
    }
}
