import ArgumentParser
import SLIKit

extension SLI {
    /// `sli indicators`: import benchmarking figures and compare localities with the region and England.
    struct IndicatorsCommand: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "indicators",
            abstract: "Import benchmarking indicator figures and compare localities with the region and England.",
            subcommands: [Import.self, Show.self, Neighbours.self]
        )
    }
}
