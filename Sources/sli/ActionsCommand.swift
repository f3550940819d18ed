import ArgumentParser

extension SLI {
    /// `sli actions`: localities' action plans and where their local recommendations stand.
    struct ActionsCommand: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "actions",
            abstract: "Import localities' action plans and show which local recommendations have actions.",
            subcommands: [Import.self, Status.self]
        )
    }
}
