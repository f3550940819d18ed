/// Turns imported indicator figures into values, intervals, verdicts against the region and England, and
/// ranks within the region.
///
/// The region's benchmark is its own row when the file has one, otherwise the localities pooled (sum of
/// numerators over sum of denominators). England's benchmark is the `E92000001` row; without one, no
/// verdict against England is given.
public struct Benchmarker: Sendable {
    /// The indicator definitions.
    public var indicators: IndicatorSet
    /// The region the localities belong to.
    public var region: Region

    /// A benchmarker for the given indicators and region.
    public init(indicators: IndicatorSet, region: Region) {
        self.indicators = indicators
        self.region = region
    }

    /// The results for `values`: by indicator (in definition order), period, then area (localities in
    /// region order, the region, England). Figures for indicators without a definition are left out.
    ///
    /// Each result carries the area's recent trend over its five most recent periods up to that one
    /// (periods compare as text, so `2013-15` follows `2012-14`), when it has five.
    public func results(_ values: [IndicatorValue]) -> [IndicatorResult] {
        let localityOrder = Dictionary(
            region.localities.enumerated().map { ($0.element.code, $0.offset) }, uniquingKeysWith: { first, _ in first }
        )
        func order(_ area: String) -> Int {
            if let position = localityOrder[area] { return position }
            return area == region.id ? localityOrder.count : localityOrder.count + 1
        }
        var results: [IndicatorResult] = []
        for definition in indicators.definitions {
            let rows = values.filter { $0.indicatorID == definition.id }
            let periods = rows.map(\.period).reduce(into: [String]()) { if !$0.contains($1) { $0.append($1) } }
            for period in periods {
                let group = rows.filter { $0.period == period }.sorted { order($0.areaCode) < order($1.areaCode) }
                results += self.results(group, definition: definition, localityCodes: Set(localityOrder.keys))
            }
        }
        return Self.withTrends(results, indicators: indicators)
    }

    /// `results` with each one's recent trend filled in.
    private static func withTrends(_ results: [IndicatorResult], indicators: IndicatorSet) -> [IndicatorResult] {
        var series: [String: [Int]] = [:]
        for (index, result) in results.enumerated() {
            series["\(result.figures.indicatorID)\u{0}\(result.figures.areaCode)", default: []].append(index)
        }
        var trended = results
        for indices in series.values {
            let ordered = indices.sorted { results[$0].figures.period < results[$1].figures.period }
            guard ordered.count >= RecentTrend.points,
                let definition = indicators.definition(id: results[ordered[0]].figures.indicatorID)
            else { continue }
            for end in (RecentTrend.points - 1)..<ordered.count {
                let window = ordered[(end - RecentTrend.points + 1)...end].map { results[$0] }
                let periods = window.map(\.figures.period)
                switch definition.kind {
                case .proportion:
                    trended[ordered[end]].recentTrend = RecentTrend.proportion(
                        counts: window.map(\.figures.numerator), denominators: window.map(\.figures.denominator),
                        periods: periods, polarity: definition.polarity)
                case .rate:
                    let estimates = window.compactMap(\.estimate)
                    trended[ordered[end]].recentTrend = RecentTrend.rate(
                        values: estimates.map(\.value), lower: estimates.map(\.interval95.lower),
                        upper: estimates.map(\.interval95.upper), periods: periods, polarity: definition.polarity)
                }
            }
        }
        return trended
    }

    /// The funnel of one indicator and period around the pooled value of the region's localities.
    public func funnel(_ values: [IndicatorValue], indicatorID: String, period: String) -> Funnel? {
        guard let definition = indicators.definition(id: indicatorID) else { return nil }
        let codes = Set(region.localities.map(\.code))
        let rows = values.filter {
            $0.indicatorID == indicatorID && $0.period == period && codes.contains($0.areaCode) && $0.denominator > 0
        }
        return Funnel(
            numerators: rows.map(\.numerator), denominators: rows.map(\.denominator), kind: definition.kind,
            multiplier: definition.multiplier)
    }

    private func results(_ group: [IndicatorValue], definition: IndicatorDefinition, localityCodes: Set<String>)
        -> [IndicatorResult]
    {
        let localities = group.filter { localityCodes.contains($0.areaCode) }
        let regionValue: Double?
        if let row = group.first(where: { $0.areaCode == region.id }) {
            regionValue = definition.value(numerator: row.numerator, denominator: row.denominator)
        } else {
            regionValue = definition.value(
                numerator: localities.map(\.numerator).reduce(0, +),
                denominator: localities.map(\.denominator).reduce(0, +))
        }
        let englandValue = group.first { $0.areaCode == IndicatorValue.england }.flatMap {
            definition.value(numerator: $0.numerator, denominator: $0.denominator)
        }
        let estimates = group.map { $0.estimate(using: definition) }
        let sign = definition.polarity == .lowerIsBetter ? -1.0 : 1.0
        let ranks = Rank.competition(
            zip(group, estimates).map { row, estimate in
                localityCodes.contains(row.areaCode) ? estimate.map { sign * $0.value } : nil
            })
        return group.indices.map { index in
            let row = group[index]
            let estimate = estimates[index]
            let isLocality = localityCodes.contains(row.areaCode)
            return IndicatorResult(
                figures: row, estimate: estimate,
                versusRegion: isLocality
                    ? regionValue.flatMap {
                        estimate?.compare(to: $0, named: region.name, polarity: definition.polarity)
                    } : nil,
                versusEngland: row.areaCode != IndicatorValue.england
                    ? englandValue.flatMap {
                        estimate?.compare(to: $0, named: "England", polarity: definition.polarity)
                    } : nil,
                rankInRegion: ranks[index])
        }
    }
}
