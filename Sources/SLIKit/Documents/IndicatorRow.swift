import Foundation
import SpreadsheetKit

/// One indicator result as a table row and as JSON: the figures, the intervals, the verdicts and the trend.
public struct IndicatorRow: Encodable, Sendable {
    /// A verdict with the level and method it rests on.
    public struct Verdict: Encodable, Sendable {
        /// Better, similar, worse, higher or lower.
        public var outcome: String
        /// The confidence level the verdict is taken at.
        public var level: String
        /// The interval method the verdict rests on.
        public var method: String
        /// The area compared with.
        public var benchmark: String
        /// The benchmark's value.
        public var benchmarkValue: Double

        /// The verdict of one comparison.
        public init(_ comparison: Comparison) {
            outcome = comparison.outcome.rawValue
            level = comparison.level.rawValue
            method = comparison.method.rawValue
            benchmark = comparison.benchmarkName
            benchmarkValue = comparison.benchmarkValue
        }

        /// `worse at 95% (Byar's method)`.
        public static func text(_ comparison: Comparison?) -> String {
            guard let comparison else { return "" }
            return "\(comparison.outcome.rawValue) at \(comparison.level) (\(comparison.method))"
        }
    }

    /// A recent trend with the test and level it rests on.
    public struct Trend: Encodable, Sendable {
        /// Increasing, decreasing or no significant change.
        public var direction: String
        /// Getting better or worse, when the indicator has a polarity.
        public var judgement: String?
        /// The test statistic.
        public var chiSquared: Double
        /// The level the trend is tested at.
        public var level: String
        /// The test.
        public var method: String
        /// The periods the trend is taken over.
        public var periods: [String]

        /// The trend of one indicator in one area.
        public init(_ trend: RecentTrend) {
            direction = trend.direction.rawValue
            judgement = trend.judgement?.rawValue
            chiSquared = trend.chiSquared
            level = RecentTrend.level.rawValue
            method = trend.method
            periods = trend.periods
        }
    }

    /// The column names of ``fields``.
    public static let header = [
        "indicator", "period", "area", "name", "numerator", "denominator", "value", "unit", "lower95", "upper95",
        "lower998", "upper998", "method", "vs_region", "vs_england", "rank", "trend",
    ]

    /// The indicator's identifier.
    public var indicator: String
    /// The indicator's name.
    public var indicatorName: String
    /// The unit its value is in.
    public var unit: String
    /// The period of the figures.
    public var period: String
    /// The area's code.
    public var area: String
    /// The area's name.
    public var areaName: String
    /// The count.
    public var numerator: Double
    /// The population or births it is counted among.
    public var denominator: Double
    /// The rate or proportion, in the indicator's unit.
    public var value: Double?
    /// The interval method.
    public var method: String?
    /// The lower 95% confidence limit.
    public var lower95: Double?
    /// The upper 95% confidence limit.
    public var upper95: Double?
    /// The lower 99.8% confidence limit.
    public var lower998: Double?
    /// The upper 99.8% confidence limit.
    public var upper998: Double?
    /// The verdict against the region.
    public var versusRegion: Verdict?
    /// The verdict against England.
    public var versusEngland: Verdict?
    /// The locality's rank among the region's localities.
    public var rankInRegion: String?
    /// How many localities were ranked.
    public var localitiesRanked: Int?
    /// The recent trend, with at least five periods.
    public var recentTrend: Trend?
    private var regionText: String
    private var englandText: String
    private var trendText: String

    /// The row of one indicator result, with names from `indicators` and `region`.
    public init(_ result: IndicatorResult, indicators: IndicatorSet, region: Region) {
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
        recentTrend = result.recentTrend.map(Trend.init)
        regionText = Verdict.text(result.versusRegion)
        englandText = Verdict.text(result.versusEngland)
        trendText = result.recentTrend.map { "\($0.summary) (\($0.method), \(RecentTrend.level))" } ?? ""
    }

    enum CodingKeys: String, CodingKey {
        case indicator, indicatorName, unit, period, area, areaName, numerator, denominator, value, method
        case lower95, upper95, lower998, upper998, versusRegion, versusEngland, rankInRegion, localitiesRanked
        case recentTrend
    }

    /// The row's fields in ``header`` order, numbers to two decimals.
    public var fields: [String] {
        func number(_ value: Double?) -> String { value.map { String(format: "%.2f", $0) } ?? "" }
        return [
            indicator, period, area, areaName, NumberText.format(numerator), NumberText.format(denominator),
            number(value), unit, number(lower95), number(upper95), number(lower998), number(upper998),
            method ?? "", regionText, englandText, rankInRegion.map { "\($0) of \(localitiesRanked ?? 0)" } ?? "",
            trendText,
        ]
    }
}
