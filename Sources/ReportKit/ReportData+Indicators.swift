import Foundation
import SLIKit

extension ReportData {
    /// The indicator the funnel plot shows.
    static let funnelIndicatorID = "infant-mortality"

    /// Fills the indicators, each locality's values with intervals and verdicts, and the funnel plot of
    /// infant mortality from the stored figures and the benchmarking code.
    ///
    /// Each indicator is reported for its latest period (periods compare as text, so `2013-15` follows
    /// `2012-14`). Verdicts keep the level and method: better or worse beyond the 99.8% interval are the
    /// best and worst outcomes.
    mutating func addIndicators(_ values: [IndicatorValue], benchmarker: Benchmarker) {
        let region = benchmarker.region
        let codes = Set(region.localities.map(\.code))
        let results = benchmarker.results(values)
        for definition in benchmarker.indicators.definitions {
            let rows = results.filter { $0.figures.indicatorID == definition.id }
            guard let period = rows.map(\.figures.period).max() else { continue }
            let current = rows.filter { $0.figures.period == period }
            let local = current.filter { codes.contains($0.figures.areaCode) }
            let localValues = local.compactMap { result in
                result.estimate.map { Self.indicatorValue(result, estimate: $0, definition: definition) }
            }
            let regionRow = current.first { $0.figures.areaCode == region.id }
            let englandRow = current.first { $0.figures.areaCode == IndicatorValue.england }
            let pooled = definition.value(
                numerator: local.map(\.figures.numerator).reduce(0, +),
                denominator: local.map(\.figures.denominator).reduce(0, +))
            guard let regionValue = regionRow?.estimate?.value ?? pooled else { continue }
            indicators.append(
                ReportIndicator(
                    id: definition.id, name: definition.name, unit: definition.unit, period: period,
                    polarity: Self.polarity(definition.polarity), regionValue: regionValue,
                    englandValue: englandRow?.estimate?.value, spread: ReportSpread.of(localValues.map(\.value))))
            indicatorValues += localValues
            if definition.id == Self.funnelIndicatorID {
                funnel = Self.funnel(values, period: period, definition: definition, benchmarker: benchmarker)
            }
        }
    }

    /// A locality's value with its 95% interval and its verdicts against the region and England.
    static func indicatorValue(
        _ result: IndicatorResult, estimate: IndicatorEstimate, definition: IndicatorDefinition
    ) -> ReportIndicatorValue {
        let verdicts = [result.versusRegion, result.versusEngland].compactMap { comparison in
            comparison.map(verdict)
        }
        return ReportIndicatorValue(
            indicatorID: definition.id, localityCode: result.figures.areaCode, value: estimate.value,
            lower: estimate.interval95.lower, upper: estimate.interval95.upper,
            count: Int(exactly: result.figures.numerator), denominator: Int(exactly: result.figures.denominator),
            verdicts: verdicts)
    }

    /// The report's verdict for a comparison, keeping its benchmark, level and method.
    static func verdict(_ comparison: Comparison) -> ReportVerdict {
        let beyond = comparison.level == .ninetyNinePointEight
        let outcome: ReportVerdict.Outcome =
            switch comparison.outcome {
            case .similar: .similar
            case .higher: .higher
            case .lower: .lower
            case .better: beyond ? .best : .better
            case .worse: beyond ? .worst : .worse
            }
        return ReportVerdict(
            benchmark: comparison.benchmarkName, outcome: outcome,
            method: "\(comparison.method), \(comparison.level.rawValue)")
    }

    /// The report's polarity for an indicator definition's.
    static func polarity(_ polarity: Polarity) -> ReportIndicator.Polarity {
        switch polarity {
        case .higherIsBetter: .highIsGood
        case .lowerIsBetter: .lowIsGood
        case .noJudgement: .noJudgement
        }
    }

    /// The funnel plot of one indicator's period: each locality's count and rate, and the 95% and 99.8%
    /// limits around the pooled regional value.
    static func funnel(
        _ values: [IndicatorValue], period: String, definition: IndicatorDefinition, benchmarker: Benchmarker
    ) -> ReportFunnel? {
        guard let funnel = benchmarker.funnel(values, indicatorID: definition.id, period: period) else { return nil }
        let codes = benchmarker.region.localities.map(\.code)
        let points = codes.compactMap { code -> ReportFunnelPoint? in
            guard
                let row = values.first(where: {
                    $0.areaCode == code && $0.indicatorID == definition.id && $0.period == period
                }),
                let count = Int(exactly: row.numerator), let denominator = Int(exactly: row.denominator),
                let rate = definition.value(numerator: row.numerator, denominator: row.denominator)
            else { return nil }
            return ReportFunnelPoint(localityCode: code, count: count, denominator: denominator, rate: rate)
        }
        return ReportFunnel(
            title: "\(definition.name) \(period)", unit: definition.unit, denominatorName: definition.denominator,
            pooledRate: funnel.pooledValue, points: points,
            limits: funnel.points)
    }
}
