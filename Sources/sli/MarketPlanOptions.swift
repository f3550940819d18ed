import ArgumentParser
import SLIKit

/// The options of `sli market match` and `sli market suggest`, and how both print their plan.
struct MarketPlanOptions: ParsableArguments {
    @Option(help: "The cycle's name or id.", completion: .cycleNames)
    var cycle: String
    @OptionGroup var output: TableFormatOption
    @OptionGroup var storeOptions: StoreOptions

    /// Prints the plan of offers made, or with `suggested` the suggested pairings, in the chosen format.
    func printPlan(suggested: Bool) async throws {
        let context = try await MarketContext(storeOptions: storeOptions, cycle: cycle)
        let (plan, leads) = try await context.plan(suggested: suggested)
        let planOutput = MarketPlanOutput(
            plan: plan, leads: leads, context: context, status: suggested ? "suggestion" : "match")
        print(try planOutput.render(output.format), terminator: "")
    }
}
