import ArgumentParser
import SLIKit

extension SLI.CycleCommand {
    /// `sli cycle publish CYCLE`: freezes a cycle's submissions.
    struct Publish: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Publish a cycle: its submissions are frozen and no further file is accepted."
        )

        @Argument(help: "The cycle's name or id.")
        var cycle: String
        @OptionGroup var storeOptions: StoreOptions

        func run() throws {
            let (store, cycle) = try storeOptions.open(cycle: cycle)
            let published = try store.publish(cycleID: cycle.id)
            print("cycle \(published.name) is published: its submissions are frozen")
        }
    }
}
