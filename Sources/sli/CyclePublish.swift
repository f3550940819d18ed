import ArgumentParser
import Foundation
import SLIKit

extension SLI.CycleCommand {
    /// `sli cycle publish CYCLE`: freezes a cycle's submissions and shows them to the participants.
    struct Publish: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Publish a cycle: its submissions are frozen and no further file is accepted.",
            discussion: """
                Publishing cannot be undone. It says what becomes visible and asks for confirmation when \
                standard input is a terminal; elsewhere (a script) give --yes.
                """
        )

        @Argument(help: "The cycle's name or id.", completion: .cycleNames)
        var cycle: String
        @Flag(help: "Publish without asking (publishing cannot be undone).")
        var yes = false
        @OptionGroup var storeOptions: StoreOptions

        func run() async throws {
            let (store, cycle, region, _) = try await storeOptions.openWithCatalog(cycle: cycle)
            let status = try await CycleStatus(cycle: cycle, region: region, repository: store)
            let consequence =
                "publishing cycle \(cycle.name) cannot be undone: the submissions of the \(status.participating) "
                + "localities that took part become visible to each of them, the report is then for them as well "
                + "as the network lead, and no further file is accepted"
            if !yes {
                guard isatty(FileHandle.standardInput.fileDescriptor) == 1 else {
                    throw CommandError(consequence + "; to publish, run again with --yes")
                }
                print(consequence + ".")
                print("Publish cycle \(cycle.name)? Type yes to publish: ", terminator: "")
                guard readLine()?.trimmingCharacters(in: .whitespaces).lowercased() == "yes" else {
                    print("cycle \(cycle.name) is not published")
                    throw ExitCode.failure
                }
            }
            let published = try await store.publish(cycleID: cycle.id)
            print("cycle \(published.name) is published: its submissions are frozen")
        }
    }
}
