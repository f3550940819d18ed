import ArgumentParser
import Foundation
import SLIKit
import SpreadsheetKit

extension SLI {
    /// `sli status --cycle CYCLE`: who has returned a workbook and who is missing.
    struct Status: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Show, for every locality of the cycle's region, whether its workbook has arrived."
        )

        @Option(help: "The cycle's name or id.", completion: .cycleNames)
        var cycle: String
        @OptionGroup var output: TableFormatOption
        @OptionGroup var storeOptions: StoreOptions

        func run() async throws {
            let (store, cycle) = try await storeOptions.open(cycle: cycle)
            let region = try Catalog.default.region(id: cycle.regionID)
            let status = try await CycleStatus(cycle: cycle, region: region, repository: store)
            switch output.format {
            case .table: print(Self.text(status), terminator: "")
            case .json: print(try Self.json(status))
            case .csv: print(Self.csv(status), terminator: "")
            }
        }

        /// The rows as they read in a terminal, with totals.
        static func text(_ status: CycleStatus) -> String {
            let cycle = status.cycle
            var rows = [["LOCALITY", "CODE", "STATE", "VERSION", "RECEIVED", "COMPLETE", "WARNINGS"]]
            for row in status.rows {
                let current = row.current
                rows.append([
                    row.locality.name, row.locality.code, row.state.rawValue,
                    current.map { String($0.version) } ?? "-",
                    current.map { ISODateText.format($0.receivedAt) } ?? "-",
                    current.map { percent($0.completeness) } ?? "-",
                    current.map { String($0.warningCount) } ?? "-",
                ])
            }
            let onTime = status.participating - status.late
            return "cycle \(cycle.name): \(status.regionName), framework \(cycle.frameworkID), deadline"
                + " \(cycle.deadlineText)\(cycle.published ? ", published" : "")\n"
                + TextTable.render(rows)
                + "\(status.participatingSummary) localities took part: \(onTime) on time, \(status.late) late,"
                + " \(status.missing) not received\n"
        }

        /// `86%`.
        static func percent(_ value: Double) -> String { "\(Int(value.rounded()))%" }

        /// One CSV row per locality.
        static func csv(_ status: CycleStatus) -> String {
            DelimitedText.line([
                "locality_code", "locality", "sub_region", "state", "version", "received_at", "completeness",
                "warnings",
            ])
                + status.rows.map { row in
                    DelimitedText.line([
                        row.locality.code, row.locality.name, row.locality.subRegion, row.state.rawValue,
                        row.current.map { String($0.version) } ?? "",
                        row.current.map { ISODateText.format($0.receivedAt) } ?? "",
                        row.current.map { String(format: "%.1f", $0.completeness) } ?? "",
                        row.current.map { String($0.warningCount) } ?? "",
                    ])
                }.joined()
        }

        /// The status as a JSON document.
        static func json(_ status: CycleStatus) throws -> String {
            try JSONText.document(StatusDocument(status))
        }
    }
}
