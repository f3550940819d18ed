import ArgumentParser
import SLIKit

extension SLI.CycleCommand {
    /// `sli cycle list`: every cycle in the store.
    struct List: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "List the cycles in the store.")

        @OptionGroup var storeOptions: StoreOptions

        func run() async throws {
            let store = try await storeOptions.open()
            let cycles = try await store.cycles()
            if cycles.isEmpty {
                print("no cycles in \(try storeOptions.whereText()) (create one with `sli cycle create`)")
                return
            }
            var rows = [["ID", "NAME", "REGION", "FRAMEWORK", "DEADLINE", "STATE", "RETURNS"]]
            for cycle in cycles {
                let returns = try await store.currentSubmissions(cycleID: cycle.id).count
                rows.append([
                    String(cycle.id), cycle.name, cycle.regionID, cycle.frameworkID, cycle.deadlineText,
                    cycle.stateText, String(returns),
                ])
            }
            print(TextTable.render(rows), terminator: "")
        }
    }
}
