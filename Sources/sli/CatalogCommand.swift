import ArgumentParser

extension SLI {
    /// `sli catalog`: the frameworks and regions sli knows.
    struct CatalogCommand: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "catalog",
            abstract: "List and show the frameworks (templates/) and regions (regions/) sli knows.",
            discussion: """
                sli reads frameworks from templates/<id>.yaml and regions from regions/<id>.yaml under the \
                directory SLI_HOME names, else the nearest directory holding both folders.
                """,
            subcommands: [List.self, Show.self]
        )
    }
}
