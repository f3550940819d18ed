import ArgumentParser
import Foundation
import SLIKit

extension SLI.MarketCommand {
    /// `sli market add`: one offer or request made on the day.
    struct Add: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Add one offer or request made on the workshop day."
        )

        @Option(help: "The cycle's name or id.", completion: .cycleNames)
        var cycle: String
        @Option(help: "offer or request.")
        var kind: String
        @Option(help: "The locality's name or ONS code.", completion: .localityNames)
        var locality: String
        @Option(help: "The theme's id or name.")
        var theme: String
        @Option(help: "The item's id, when it is about one item.")
        var item: String?
        @Option(help: "A short title.")
        var title: String
        @Option(help: "The detail.")
        var description: String?
        @Option(help: "For an offer, how many localities it can support, 1 to 100 (default 3).")
        var capacity: Int?
        @OptionGroup var storeOptions: StoreOptions

        func run() async throws {
            let context = try await MarketPlaceContext(storeOptions: storeOptions, cycle: cycle)
            let fields = [
                "kind": kind, "locality": locality, "theme": theme, "item": item ?? "", "title": title,
                "description": description ?? "", "capacity": capacity.map(String.init) ?? "",
            ]
            let checked = context.importer.entry(fields, source: "added on the day")
            guard let entry = checked.entry else {
                throw MarketPlaceError.invalidEntry(messages: checked.problems.map(\.message))
            }
            try await context.store.addMarketEntries([entry], cycleID: context.cycle.id, addedAt: Date())
            print(
                "added \(entry.kind.rawValue) \"\(entry.title)\" from \(context.name(entry.localityCode)) on"
                    + " \(context.themeName(entry.themeID))\(entry.itemID.map { " (\($0))" } ?? "")"
                    + " to cycle \(context.cycle.name)")
        }
    }
}
