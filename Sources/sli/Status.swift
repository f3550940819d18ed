import ArgumentParser
import Foundation
import SLIKit

extension SLI {
    /// `sli status --cycle CYCLE`: who has returned a workbook and who is missing.
    struct Status: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Show, for every locality of the cycle's region, whether its workbook has arrived."
        )

        /// How the status is printed.
        enum Format: String, ExpressibleByArgument, CaseIterable {
            case text, json, csv
        }

        @Option(help: "The cycle's name or id.")
        var cycle: String
        @Option(help: "text, json or csv.")
        var format: Format = .text
        @OptionGroup var storeOptions: StoreOptions

        func run() throws {
            let (store, cycle) = try storeOptions.open(cycle: cycle)
            let region = try Catalog.default.region(id: cycle.regionID)
            let status = try CycleStatus(cycle: cycle, region: region, repository: store)
            switch format {
            case .text: print(Self.text(status), terminator: "")
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
            let document = StatusDocument(status)
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
            return String(decoding: try encoder.encode(document), as: UTF8.self)
        }
    }
}

/// The JSON form of a cycle's status.
struct StatusDocument: Encodable {
    struct Row: Encodable {
        var code: String
        var name: String
        var subRegion: String
        var state: String
        var version: Int?
        var receivedAt: String?
        var completeness: Double?
        var warnings: Int?

        enum CodingKeys: String, CodingKey {
            case code, name, subRegion, state, version, receivedAt, completeness, warnings
        }

        /// Every key, an absent value as `null`, so each row has the same keys.
        func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(code, forKey: .code)
            try container.encode(name, forKey: .name)
            try container.encode(subRegion, forKey: .subRegion)
            try container.encode(state, forKey: .state)
            try container.encode(version, forKey: .version)
            try container.encode(receivedAt, forKey: .receivedAt)
            try container.encode(completeness, forKey: .completeness)
            try container.encode(warnings, forKey: .warnings)
        }
    }

    var cycle: String
    var region: String
    var framework: String
    var deadline: String?
    var published: Bool
    var participating: Int
    var localities: Int
    var late: Int
    var notReceived: Int
    var rows: [Row]

    init(_ status: CycleStatus) {
        cycle = status.cycle.name
        region = status.cycle.regionID
        framework = status.cycle.frameworkID
        deadline = status.cycle.deadline.map(ISODateText.format)
        published = status.cycle.published
        participating = status.participating
        localities = status.rows.count
        late = status.late
        notReceived = status.missing
        rows = status.rows.map { row in
            Row(
                code: row.locality.code, name: row.locality.name, subRegion: row.locality.subRegion,
                state: row.state.rawValue, version: row.current?.version,
                receivedAt: row.current.map { ISODateText.format($0.receivedAt) },
                completeness: row.current.map { ($0.completeness * 10).rounded() / 10 },
                warnings: row.current?.warningCount)
        }
    }
}
