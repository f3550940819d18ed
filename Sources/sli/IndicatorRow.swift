import Foundation
import SLIKit
import SpreadsheetKit

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
