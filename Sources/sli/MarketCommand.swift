import ArgumentParser
import SLIKit

extension SLI {
    /// `sli market`: the Market Place of the workshop day, from offers and requests to contact lists.
    struct MarketCommand: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "market",
            abstract: "Collect Market Place offers and requests, match them and list who contacts whom.",
            subcommands: [
                Import.self, Add.self, Remove.self, Summary.self, Match.self, Suggest.self, Contacts.self, Export.self,
            ]
        )
    }
}
