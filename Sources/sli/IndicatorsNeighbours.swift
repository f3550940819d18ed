import ArgumentParser
import Foundation
import SLIKit
import SpreadsheetKit

extension SLI.IndicatorsCommand {
    /// `sli indicators neighbours --cycle CYCLE`: each locality's most similar localities on chosen indicators.
    struct Neighbours: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "List each locality's statistical neighbours: the most similar localities on chosen indicators.",
            discussion: """
                Each indicator is standardised across the region's localities (z-score) and localities are \
                compared by Euclidean distance; ties go to the lower ONS code. Only localities with a value on \
                every chosen indicator take part. Each indicator's latest period is used unless --period is given.
                """
        )

        @Option(help: "The cycle's name or id.", completion: .cycleNames)
        var cycle: String
        @Option(name: .customLong("indicator"), help: "An indicator to compare on (repeat; default: all imported).")
        var indicatorIDs: [String] = []
        @Option(help: "How many neighbours per locality.")
        var count: Int = 5
        @Option(help: "Only this locality's neighbours (name or ONS code).", completion: .localityNames)
        var locality: String?
        @Option(help: "The period to use for every indicator (default: each indicator's latest).")
        var period: String?
        @OptionGroup var output: TableFormatOption
        @OptionGroup var storeOptions: StoreOptions

        func run() async throws {
            let context = try await IndicatorContext(storeOptions: storeOptions, cycle: cycle)
            let region = context.region
            for id in indicatorIDs { _ = try context.indicators.require(id) }
            let code = try locality.map { try region.resolveLocality($0).code }
            let figures = try await context.store.indicatorValues(cycleID: context.cycle.id)
            let chosen = indicatorIDs.isEmpty ? Array(Set(figures.map(\.indicatorID))).sorted() : indicatorIDs
            var values: [String: [String: Double]] = [:]
            for id in chosen {
                guard let definition = context.indicators.definition(id: id) else { continue }
                let rows = figures.filter { $0.indicatorID == id && region.locality(code: $0.areaCode) != nil }
                guard let used = period ?? rows.map(\.period).max() else { continue }
                for row in rows where row.period == used {
                    values[row.areaCode, default: [:]][id] = definition.value(
                        numerator: row.numerator, denominator: row.denominator)
                }
            }
            let neighbours = StatisticalNeighbours(values: values, indicators: chosen, count: count).neighbours
            let name = { (code: String) in region.locality(code: code)?.name ?? code }
            var rows: [[String]] = []
            for locality in region.localities where code == nil || locality.code == code {
                for (position, neighbour) in (neighbours[locality.code] ?? []).enumerated() {
                    rows.append([
                        locality.name, locality.code, String(position + 1), name(neighbour.localityCode),
                        neighbour.localityCode, String(format: "%.3f", neighbour.distance),
                    ])
                }
            }
            let header = ["locality", "code", "position", "neighbour", "neighbour_code", "distance"]
            switch output.format {
            case .table where figures.isEmpty:
                print(context.noFigures)
            case .table:
                print("indicators: \(chosen.joined(separator: ", "))")
                print(TextTable.render([header.map { $0.uppercased() }] + rows), terminator: "")
            case .csv:
                print(([header] + rows).map(DelimitedText.line).joined(), terminator: "")
            case .json:
                let document = region.localities.filter { code == nil || $0.code == code }.map { locality in
                    NeighboursDocument(
                        locality: locality.code, indicators: chosen, neighbours: neighbours[locality.code] ?? [])
                }
                print(try JSONText.document(document))
            }
        }
    }
}
