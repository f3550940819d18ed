import ArgumentParser
import Foundation
import SLIKit
import SpreadsheetKit

extension SLI.MarketCommand {
    /// `sli market export --cycle CYCLE --out DIR`: the plan and contact lists as files.
    struct Export: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract:
                "Write the plan and every locality's contact list as CSV, JSON and spreadsheet XML into a folder.",
            discussion: "The files name localities: they are for the network lead and the participating localities."
        )

        @Option(help: "The cycle's name or id.", completion: .cycleNames)
        var cycle: String
        @Option(help: "The folder to write the files into.")
        var out: String
        @Flag(help: "Export the suggested pairings instead of the plan of offers made.")
        var suggestions = false
        @OptionGroup var storeOptions: StoreOptions

        func run() async throws {
            let context = try await MarketContext(storeOptions: storeOptions, cycle: cycle)
            let (plan, leads) = try await context.plan(suggested: suggestions)
            let status = suggestions ? "suggestion" : "match"
            let output = MarketPlanOutput(plan: plan, leads: leads, context: context, status: status)
            let folder = URL(fileURLWithPath: out)
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            let stem = "\(context.cycle.name)-market-\(suggestions ? "suggestions" : "plan")"
            let planTable = MatchPlanTable(plan: plan, leads: leads, status: status, localityName: context.name)
            let contacts = ContactTable(
                lists: ContactList.lists(for: plan, leads: leads), localityName: context.name,
                themeName: context.themeName)
            let files = [
                ("\(stem).csv", Data(planTable.csv.utf8)),
                ("\(stem).json", Data(try output.render(.json).utf8)),
                ("\(stem)-contacts.csv", Data(contacts.csv.utf8)),
                (
                    "\(stem).xml",
                    try SpreadsheetWriter.data(
                        for: MarketWorkbook.draft(plan: planTable, contacts: contacts), format: .spreadsheetML)
                ),
            ]
            for (name, data) in files {
                try data.write(to: folder.appendingPathComponent(name), options: .atomic)
            }
            print("wrote \(files.map(\.0).joined(separator: ", ")) to \(folder.relativePath): \(output.totals)")
        }
    }
}
