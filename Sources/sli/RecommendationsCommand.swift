import ArgumentParser

extension SLI {
    /// `sli recommendations`: the regional recommendations, their status history and the tracker workbook.
    struct RecommendationsCommand: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "recommendations",
            abstract: "Track the regional recommendations with their lead bodies.",
            discussion: """
                The tracked recommendations are the framework's items with role "tracked"; each has a proposed \
                lead body. Every status change is kept as an update with its date, author, note and evidence.
                """,
            subcommands: [List.self, Update.self, Export.self, Import.self]
        )
    }
}
