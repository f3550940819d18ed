import ArgumentParser

extension SLI {
    /// `sli store`: work on a whole store.
    struct StoreCommand: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "store",
            abstract: "Work on a whole store: copy it between a store file and a PostgreSQL database.",
            subcommands: [Copy.self]
        )
    }
}
