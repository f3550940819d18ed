import ArgumentParser
import SLIKit
import SpreadsheetKit

extension SLI.CycleCommand {
    /// `sli cycle show CYCLE`: one cycle's settings and how many returns it has.
    struct Show: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Show a cycle's settings and returns.")

        @Argument(help: "The cycle's name or id.", completion: .cycleNames)
        var cycle: String
        @OptionGroup var storeOptions: StoreOptions

        func run() async throws {
            let (store, cycle) = try await storeOptions.open(cycle: cycle)
            var baseline = "none"
            if let baselineID = cycle.baselineCycleID { baseline = try await store.cycle(id: baselineID).name }
            let current = try await store.currentSubmissions(cycleID: cycle.id)
            let versions = current.reduce(0) { $0 + $1.version }
            print(
                """
                cycle \(cycle.name) (id \(cycle.id))
                region: \(cycle.regionID)
                framework: \(cycle.frameworkID)
                deadline: \(cycle.deadlineText)
                baseline: \(baseline)
                state: \(cycle.stateText)
                created: \(ISODateText.format(cycle.createdAt))
                returns: \(current.count) localities, \(versions) versions in all
                """)
        }
    }
}
