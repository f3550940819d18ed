import ArgumentParser
import SLIKit
import SpreadsheetKit

extension SLI {
    /// `sli cycle`: create, list, show and publish peer-review cycles.
    struct CycleCommand: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "cycle",
            abstract: "Create, list, show and publish peer-review cycles.",
            subcommands: [Create.self, List.self, Show.self, Publish.self]
        )
    }
}

extension Cycle {
    /// The deadline as `YYYY-MM-DD`, or `none`.
    var deadlineText: String { deadline.map(ISODateText.format) ?? "none" }
    /// `open` or `published`.
    var stateText: String { published ? "published" : "open" }
}
