import ArgumentParser
import Foundation
import SLIKit

extension SLI.IndicatorsCommand {
    /// `sli indicators show --cycle CYCLE`: values, intervals and verdicts against the region and England.
    struct Show: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Show indicator values with 95% and 99.8% intervals, verdicts and ranks in the region."
        )

        /// How the results are printed.
        enum Format: String, ExpressibleByArgument, CaseIterable {
            case table, csv, json
        }

        @Option(help: "The cycle's name or id.")
        var cycle: String
        @Option(help: "Only this indicator (its id, e.g. infant-mortality).")
        var indicator: String?
        @Option(help: "Only this locality (name or ONS code); the region and England rows stay for reference.")
        var locality: String?
        @Option(help: "table, csv or json.")
        var format: Format = .table
        @OptionGroup var storeOptions: StoreOptions

        func run() throws {
            let context = try IndicatorContext(storeOptions: storeOptions, cycle: cycle)
            let (region, indicators) = (context.region, context.indicators)
            if let indicator { _ = try indicators.require(indicator) }
            let code = try locality.map { try region.resolveLocality($0).code }
            let results = Benchmarker(indicators: indicators, region: region)
                .results(try context.store.indicatorValues(cycleID: context.cycle.id))
                .filter { indicator == nil || $0.figures.indicatorID == indicator }
                .filter { result in
                    guard let code else { return true }
                    let area = result.figures.areaCode
                    return area == code || area == region.id || area == IndicatorValue.england
                }
            let rows = results.map { IndicatorRow($0, indicators: indicators, region: region) }
            switch format {
            case .table:
                print(
                    TextTable.render([IndicatorRow.header.map { $0.uppercased() }] + rows.map(\.fields)),
                    terminator: "")
            case .csv:
                print(([IndicatorRow.header] + rows.map(\.fields)).map(DelimitedText.line).joined(), terminator: "")
            case .json:
                let encoder = JSONEncoder()
                encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
                print(String(decoding: try encoder.encode(rows), as: UTF8.self))
            }
        }
    }
}

/// One indicator result as `sli indicators show` prints it.
struct IndicatorRow: Encodable {
    /// A verdict with the level and method it rests on.
    struct Verdict: Encodable {
        var outcome: String
        var level: String
        var method: String
        var benchmark: String
        var benchmarkValue: Double

        init(_ comparison: Comparison) {
            outcome = comparison.outcome.rawValue
            level = comparison.level.rawValue
            method = comparison.method.rawValue
            benchmark = comparison.benchmarkName
            benchmarkValue = comparison.benchmarkValue
        }

        /// `worse at 95% (Byar's method)`.
        static func text(_ comparison: Comparison?) -> String {
            guard let comparison else { return "" }
            return "\(comparison.outcome.rawValue) at \(comparison.level) (\(comparison.method))"
        }
    }

    static let header = [
        "indicator", "period", "area", "name", "numerator", "denominator", "value", "unit", "lower95", "upper95",
        "lower998", "upper998", "method", "vs_region", "vs_england", "rank",
    ]

    var indicator: String
    var indicatorName: String
    var unit: String
    var period: String
    var area: String
    var areaName: String
    var numerator: Double
    var denominator: Double
    var value: Double?
    var method: String?
    var lower95: Double?
    var upper95: Double?
    var lower998: Double?
    var upper998: Double?
    var versusRegion: Verdict?
    var versusEngland: Verdict?
    var rankInRegion: String?
    var localitiesRanked: Int?
    private var regionText: String
    private var englandText: String

    init(_ result: IndicatorResult, indicators: IndicatorSet, region: Region) {
        let figures = result.figures
        let definition = indicators.definition(id: figures.indicatorID)
        indicator = figures.indicatorID
        indicatorName = definition?.name ?? figures.indicatorID
        unit = definition?.unit ?? ""
        period = figures.period
        area = figures.areaCode
        areaName =
            figures.areaCode == IndicatorValue.england
            ? "England" : figures.areaCode == region.id ? region.name : region.locality(code: area)?.name ?? area
        numerator = figures.numerator
        denominator = figures.denominator
        value = result.estimate?.value
        method = result.estimate?.interval95.method.rawValue
        lower95 = result.estimate?.interval95.lower
        upper95 = result.estimate?.interval95.upper
        lower998 = result.estimate?.interval998.lower
        upper998 = result.estimate?.interval998.upper
        versusRegion = result.versusRegion.map(Verdict.init)
        versusEngland = result.versusEngland.map(Verdict.init)
        rankInRegion = result.rankInRegion?.description
        localitiesRanked = result.rankInRegion?.outOf
        regionText = Verdict.text(result.versusRegion)
        englandText = Verdict.text(result.versusEngland)
    }

    enum CodingKeys: String, CodingKey {
        case indicator, indicatorName, unit, period, area, areaName, numerator, denominator, value, method
        case lower95, upper95, lower998, upper998, versusRegion, versusEngland, rankInRegion, localitiesRanked
    }

    /// The row's fields in ``header`` order, numbers to two decimals.
    var fields: [String] {
        func number(_ value: Double?) -> String { value.map { String(format: "%.2f", $0) } ?? "" }
        return [
            indicator, period, area, areaName, NumberText.format(numerator), NumberText.format(denominator),
            number(value), unit, number(lower95), number(upper95), number(lower998), number(upper998),
            method ?? "", regionText, englandText, rankInRegion.map { "\($0) of \(localitiesRanked ?? 0)" } ?? "",
        ]
    }
}
