import ArgumentParser
import Foundation
import SLIKit

extension SLI {
    /// `sli export --cycle CYCLE --format json|csv --out DIR`: every current answer of a cycle.
    struct Export: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Write every current answer of a cycle, with its locality, theme and source cell.",
            discussion: "The file names localities: it is for the network lead, not for sharing with participants."
        )

        /// The file format written.
        enum Format: String, ExpressibleByArgument, CaseIterable {
            case json, csv
        }

        @Option(help: "The cycle's name or id.")
        var cycle: String
        @Option(help: "json or csv.")
        var format: Format
        @Option(help: "The folder to write the file into.")
        var out: String
        @OptionGroup var storeOptions: StoreOptions

        func run() throws {
            let (store, cycle) = try storeOptions.open(cycle: cycle)
            let catalog = Catalog.default
            let framework = try catalog.framework(id: cycle.frameworkID)
            let rows = try AnswerExportRow.rows(
                cycle: cycle, framework: framework, region: try catalog.region(id: cycle.regionID),
                repository: store)
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
                let encoder = JSONEncoder()
                encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
                data = try encoder.encode(
                    AnswerExportDocument(
                        cycle: cycle.name, framework: framework.id, frameworkVersion: framework.version,
                        audience: "network lead: names localities", answers: rows))
            }
            try data.write(to: url, options: .atomic)
            let localities = Set(rows.map(\.localityCode)).count
            print("wrote \(rows.count) answers from \(localities) localities to \(url.relativePath)")
        }
    }
}

/// The JSON form of a cycle's answers.
struct AnswerExportDocument: Encodable {
    var cycle: String
    var framework: String
    var frameworkVersion: String
    var audience: String
    var answers: [AnswerExportRow]
}
