import ArgumentParser
import Foundation
import SLIKit
import SpreadsheetKit

extension SLI.IndicatorsCommand {
    /// `sli indicators show --cycle CYCLE`: values, intervals and verdicts against the region and England.
    struct Show: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract:
                "Show indicator values with 95% and 99.8% intervals, verdicts, ranks in the region and recent trends."
        )

        @Option(help: "The cycle's name or id.", completion: .cycleNames)
        var cycle: String
        @Option(help: "Only this indicator (its id, e.g. infant-mortality).")
        var indicator: String?
        @Option(
            help: "Only this locality (name or ONS code); the region and England rows stay for reference.",
            completion: .localityNames)
        var locality: String?
        @OptionGroup var output: TableFormatOption
        @OptionGroup var storeOptions: StoreOptions

        func run() async throws {
            let context = try await IndicatorContext(storeOptions: storeOptions, cycle: cycle)
            let (region, indicators) = (context.region, context.indicators)
            if let indicator { _ = try indicators.require(indicator) }
            let code = try locality.map { try region.resolveLocality($0).code }
            let figures = try await context.store.indicatorValues(cycleID: context.cycle.id)
            let results = Benchmarker(indicators: indicators, region: region).results(figures)
                .filter { indicator == nil || $0.figures.indicatorID == indicator }
                .filter { result in
                    guard let code else { return true }
                    let area = result.figures.areaCode
                    return area == code || area == region.id || area == IndicatorValue.england
                }
            let rows = results.map { IndicatorRow($0, indicators: indicators, region: region) }
            switch output.format {
            case .table where figures.isEmpty:
                print(context.noFigures)
            case .table:
                print(
                    TextTable.render([IndicatorRow.header.map { $0.uppercased() }] + rows.map(\.fields)),
                    terminator: "")
            case .csv:
                print(([IndicatorRow.header] + rows.map(\.fields)).map(DelimitedText.line).joined(), terminator: "")
            case .json:
                print(try JSONText.document(rows))
            }
        }
    }
}
