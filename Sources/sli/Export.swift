import ArgumentParser
import Foundation
import SLIKit

extension SLI {
    /// `sli export --cycle CYCLE --format json|csv --out DIR`: every current answer of a cycle.
    struct Export: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract:
                "Write every current answer of a cycle, with its locality, theme and source cell, and the contributors.",
            discussion: "The file names localities: it is for the network lead, not for sharing with participants."
        )

        /// The file format written.
        enum Format: String, ExpressibleByArgument, CaseIterable {
            case json, csv
        }

        @Option(help: "The cycle's name or id.", completion: .cycleNames)
        var cycle: String
        @Option(help: "json or csv.")
        var format: Format
        @Option(help: "The folder to write the file into.")
        var out: String
        @OptionGroup var storeOptions: StoreOptions

        func run() async throws {
            let (store, cycle, region, framework) = try await storeOptions.openWithCatalog(cycle: cycle)
            let rows = try await AnswerExportRow.rows(
                cycle: cycle, framework: framework, region: region, repository: store)
            let folder = URL(fileURLWithPath: out)
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            let url = folder.appendingPathComponent("\(cycle.name)-answers.\(format.rawValue)")
            let data: Data
            switch format {
            case .csv:
                let text =
                    AnswerExportRow.csvHeader
                    + rows.map { $0.csvLine(notApplicable: framework.scale.notApplicable) }.joined()
                data = Data(text.utf8)
            case .json:
                data = Data(
                    try JSONText.document(
                        AnswerExportDocument(
                            cycle: cycle.name, framework: framework.id, frameworkVersion: framework.version,
                            audience: "network lead: names localities", answers: rows)
                    ).utf8)
            }
            try data.write(to: url, options: .atomic)
            let localities = Set(rows.map(\.localityCode)).count
            print("wrote \(rows.count) answers from \(localities) localities to \(url.relativePath)")
            let contributors = ContributorExportRow.rows(
                try await store.currentAssessments(cycleID: cycle.id), region: region)
            let contributorsURL = folder.appendingPathComponent("\(cycle.name)-contributors.\(format.rawValue)")
            let contributorsText =
                switch format {
                case .csv: ContributorExportRow.csvHeader + contributors.map(\.csvLine).joined()
                case .json: try JSONText.document(contributors)
                }
            try Data(contributorsText.utf8).write(to: contributorsURL, options: .atomic)
            print("wrote \(contributors.count) contributing agencies to \(contributorsURL.relativePath)")
        }
    }
}
