import ArgumentParser
import Foundation
import SLIKit
import SpreadsheetKit

extension SLI.MarketCommand {
    /// `sli market import --cycle CYCLE FILE`: offers and requests from a CSV or spreadsheet file.
    struct Import: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Import offers and requests from a CSV or spreadsheet file, all or nothing.",
            discussion: """
                The file has a header row with the columns kind,locality,theme,item,title,description,capacity \
                (any case; item, description and capacity may be left out). kind is offer or request; locality a \
                name or ONS code; theme an id or name; capacity (offers only) how many localities it can \
                support, 3 unless given. Every wrong row is reported and nothing is imported until all are right.
                """
        )

        @Option(help: "The cycle's name or id.", completion: .cycleNames)
        var cycle: String
        @Argument(help: "The file (.csv, .xml, .xlsx, .ods or .fods).")
        var file: String
        @OptionGroup var storeOptions: StoreOptions

        func run() async throws {
            let context = try await MarketPlaceContext(storeOptions: storeOptions, cycle: cycle)
            let read = try SpreadsheetReader.read(contentsOf: URL(fileURLWithPath: file), limits: .table)
            let fileName = URL(fileURLWithPath: file).lastPathComponent
            let entries: [MarketPlaceEntry]
            do {
                entries = try context.importer.entries(
                    from: read.workbook, fileName: fileName, isText: read.format == .csv)
            } catch let rejection as FileRejection {
                throw ProblemReport.refused(rejection)
            }
            try await context.store.addMarketEntries(entries, cycleID: context.cycle.id, addedAt: Date())
            let offers = entries.count { $0.kind == .offer }
            print(
                "imported \(offers) offers and \(entries.count - offers) requests from \(fileName)"
                    + " into cycle \(context.cycle.name)")
        }
    }
}
