import ArgumentParser
import SLIKit

extension SLI.MarketCommand {
    /// `sli market remove`: takes back an offer or request imported or added on the day.
    struct Remove: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Remove an offer or request that was imported or added on the day.",
            discussion: """
                Removes the entries of the locality with the title given (case aside). An entry listed in \
                a locality's workbook is not removed here: it changes when the locality sends a new version.
                """
        )

        @Option(help: "The cycle's name or id.", completion: .cycleNames)
        var cycle: String
        @Option(help: "The locality's name or ONS code.", completion: .localityNames)
        var locality: String
        @Option(help: "The entry's title.")
        var title: String
        @OptionGroup var storeOptions: StoreOptions

        func run() async throws {
            let context = try await MarketContext(storeOptions: storeOptions, cycle: cycle)
            let locality = try context.region.resolveLocality(self.locality)
            let removed = try await context.store.removeAddedMarketEntries(
                cycleID: context.cycle.id, localityCode: locality.code, title: title)
            guard !removed.isEmpty else {
                let titles = try await context.store.addedMarketEntries(cycleID: context.cycle.id)
                    .filter { $0.localityCode == locality.code }.map { "\"\($0.title)\"" }
                throw CommandError(
                    "no offer or request imported or added for \(locality.name) in cycle \(context.cycle.name) is "
                        + "titled \"\(title)\" ("
                        + (titles.isEmpty ? "it has none" : "its titles: " + titles.joined(separator: ", "))
                        + "); an entry from a workbook changes only with a new version of the workbook")
            }
            for entry in removed {
                print(
                    "removed \(entry.kind.rawValue) \"\(entry.title)\" from \(locality.name) on "
                        + "\(context.themeName(entry.themeID)) from cycle \(context.cycle.name)")
            }
        }
    }
}
