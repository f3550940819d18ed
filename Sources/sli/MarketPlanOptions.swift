import ArgumentParser
import SLIKit

extension MarketPlanFormat: ExpressibleByArgument {}

/// The options of `sli market match` and `sli market suggest`, and how both print their plan.
struct MarketPlanOptions: ParsableArguments {
    @Option(help: "The cycle's name or id.")
    var cycle: String
    @Option(help: "table, csv or json.")
    var format: MarketPlanFormat = .table
    @OptionGroup var storeOptions: StoreOptions

    /// Prints the plan of offers made, or with `suggested` the suggested pairings, in the chosen format.
    func printPlan(suggested: Bool) throws {
        let context = try MarketContext(storeOptions: storeOptions, cycle: cycle)
        let (plan, leads) = try context.plan(suggested: suggested)
        let output = MarketPlanOutput(
            plan: plan, leads: leads, context: context, status: suggested ? "suggestion" : "match")
        print(try output.render(format), terminator: "")
    }
}
