import ArgumentParser
import Foundation
import SLIKit

extension SLI.MarketCommand {
    /// `sli market export --cycle CYCLE --out DIR`: the plan and contact lists as files.
    struct Export: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Write the plan (CSV and JSON) and every locality's contact list (CSV) into a folder.",
            discussion: "The files name localities: they are for the network lead and the participating localities."
        )

        @Option(help: "The cycle's name or id.")
        var cycle: String
        @Option(help: "The folder to write the files into.")
        var out: String
        @Flag(help: "Export the suggested pairings instead of the plan of offers made.")
        var suggestions = false
        @OptionGroup var storeOptions: StoreOptions

        func run() throws {
            let context = try MarketContext(storeOptions: storeOptions, cycle: cycle)
            let (plan, leads) = try context.plan(suggested: suggestions)
            let status = suggestions ? "suggestion" : "match"
            let output = MarketPlanOutput(plan: plan, leads: leads, context: context, status: status)
            let folder = URL(fileURLWithPath: out)
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            let stem = "\(context.cycle.name)-market-\(suggestions ? "suggestions" : "plan")"
            let files = [
                ("\(stem).csv", try output.render(.csv)),
                ("\(stem).json", try output.render(.json)),
                ("\(stem)-contacts.csv", Self.contactsCSV(plan: plan, leads: leads, context: context)),
            ]
            for (name, text) in files {
                try Data(text.utf8).write(to: folder.appendingPathComponent(name), options: .atomic)
            }
            print("wrote \(files.map(\.0).joined(separator: ", ")) to \(folder.relativePath): \(output.totals)")
        }

        /// One row per contact, from each locality's side.
        static func contactsCSV(plan: MatchPlan, leads: MarketLeads, context: MarketContext) -> String {
            var text = DelimitedText.line([
                "locality", "direction", "other locality", "theme", "item", "request", "offer", "their leads",
                "own leads", "crosses sub-region",
            ])
            for list in ContactList.lists(for: plan, leads: leads) {
                let sides =
                    list.willContact.map { ("will contact", $0) } + list.contactedBy.map { ("contacted by", $0) }
                for (direction, contact) in sides {
                    text += DelimitedText.line([
                        context.name(list.localityCode), direction, context.name(contact.localityCode),
                        context.themeName(contact.themeID), contact.itemID ?? "", contact.requestTitle,
                        contact.offerTitle, contact.theirLeads.joined(separator: "; "),
                        contact.ownLeads.joined(separator: "; "), contact.crossesSubRegion ? "yes" : "no",
                    ])
                }
            }
            return text
        }
    }
}
