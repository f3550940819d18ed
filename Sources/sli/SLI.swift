import ArgumentParser
import SLIKit

/// The `sli` command: runs a sector-led improvement peer-review cycle.
@main
struct SLI: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "sli",
        abstract: "Run a sector-led improvement peer-review cycle for a regional public-health network.",
        version: "0.1.0",
        subcommands: [
            Inspect.self,
            CatalogCommand.self,
            Template.self,
            Validate.self,
            CycleCommand.self,
            Status.self,
            Submissions.self,
            Export.self,
            Ingest.self,
            Score.self,
            IndicatorsCommand.self,
            MarketCommand.self,
            RecommendationsCommand.self,
            ActionsCommand.self,
            FollowUpCommand.self,
            Report.self,
            StoreCommand.self,
            Demo.self,
            Serve.self,
        ]
    )

    /// Runs the command the arguments name, giving the library's errors the command line's hints; a
    /// fault ends it with one line (``FaultReport``) rather than a backtrace.
    static func main() async {
        FaultReport.install()
        do {
            var command = try parseAsRoot()
            if var asyncCommand = command as? any AsyncParsableCommand {
                try await asyncCommand.run()
            } else {
                try command.run()
            }
        } catch {
            exit(withError: CommandHint.hinted(error))
        }
    }
}
