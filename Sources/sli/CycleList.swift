import ArgumentParser
import SLIKit

extension SLI.CycleCommand {
    /// `sli cycle list`: every cycle in the store.
    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "List the cycles in the store.")

        @OptionGroup var storeOptions: StoreOptions

        func run() throws {
            let store = try storeOptions.open()
            let cycles = try store.cycles()
            if cycles.isEmpty {
                print("no cycles in \(store.path) (create one with `sli cycle create`)")
                return
            }
            var rows = [["ID", "NAME", "REGION", "FRAMEWORK", "DEADLINE", "STATE", "RETURNS"]]
            for cycle in cycles {
                rows.append([
                    String(cycle.id), cycle.name, cycle.regionID, cycle.frameworkID, cycle.deadlineText,
                    cycle.stateText, String(try store.currentSubmissions(cycleID: cycle.id).count),
                ])
            }
            print(TextTable.render(rows), terminator: "")
        }
    }
}
