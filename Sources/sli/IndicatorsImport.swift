import ArgumentParser
import Foundation
import SLIKit
import SpreadsheetKit

extension SLI.IndicatorsCommand {
    /// `sli indicators import --cycle CYCLE FILE`: stores a file of indicator figures, all or nothing.
    struct Import: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Import indicator figures (CSV or any supported spreadsheet) into a cycle, all or nothing.",
            discussion: """
                The first sheet needs the columns locality, indicator, period, numerator and denominator, and \
                may have a value column, which is checked against them. Localities are given by ONS code or \
                name; the region's benchmark rows by the region's id, and England's by E92000001.
                """
        )

        @Option(help: "The cycle's name or id.", completion: .cycleNames)
        var cycle: String
        @Argument(help: "The file of figures (.csv, .xlsx, .xml, .ods or .fods).")
        var file: String
        @OptionGroup var storeOptions: StoreOptions

        func run() async throws {
            let context = try await IndicatorContext(storeOptions: storeOptions, cycle: cycle)
            let (store, cycle, region) = (context.store, context.cycle, context.region)
            let url = URL(fileURLWithPath: file)
            let read = try SpreadsheetReader.read(contentsOf: url, limits: .table)
            let importer = IndicatorImport(indicators: context.indicators, region: region) {
                try region.resolveLocality($0)
            }
            let values: [IndicatorValue]
            do {
                values = try importer.read(
                    read.workbook, fileName: url.lastPathComponent, lineNumbers: read.format == .csv)
            } catch let rejection as FileRejection {
                throw ProblemReport.refused(rejection)
            }
            try await store.importIndicatorValues(values, cycleID: cycle.id, sourceFile: url.lastPathComponent)
            let areas = Set(values.map(\.areaCode)).count
            let kinds = Set(values.map(\.indicatorID)).count
            print(
                "imported \(values.count) figures (\(areas) areas, \(kinds) indicators) from \(url.lastPathComponent)"
                    + " into cycle \(cycle.name)")
        }
    }
}
