import SLIKit

/// Generates the example cycle's benchmarking indicators as the CSV file an analyst would send.
///
/// Infant deaths add up to the plan's child death review total and deaths with a modifiable factor
/// to its published share; the other indicators are drawn around typical values. Every locality of
/// the region has a row (taking part or not), then the region and England as benchmarks.
public struct ExampleIndicators: Sendable {
    /// The plan the example follows.
    public let plan: ExamplePlan
    /// The region the localities belong to.
    public let region: Region

    /// A generator for the given plan and region.
    public init(plan: ExamplePlan, region: Region) {
        self.plan = plan
        self.region = region
    }

    /// One indicator row: an area's numerator and denominator for one indicator and period.
    public struct Row: Sendable, Hashable {
        /// The area: a locality's ONS code, the region's id, or `E92000001` for England.
        public var area: String
        /// The indicator's identifier.
        public var indicator: String
        /// The period the figures cover.
        public var period: String
        /// The count of events.
        public var numerator: Int
        /// The population or births at risk.
        public var denominator: Int
    }

    /// The indicator rows for every locality, the region and England.
    ///
    /// - Throws: `ExampleCycleError.unknownLocality` when the plan gives births for no locality of
    ///   the region.
    public func rows() throws -> [Row] {
        let localities = region.localities
        let births = localities.map { plan.births[$0.code] ?? 0 }
        guard births.contains(where: { $0 > 0 }) else {
            throw ExampleCycleError.unknownLocality(file: "example plan", code: region.id)
        }
        var random = SeededGenerator.stream(seed: plan.seed, "indicators")
        let risk = localities.map { _ in max(0.5, random.normal(mean: 1, deviation: 0.18)) }
        let deaths = Apportionment.share(
            plan.cdop.infantDeathsReviewed, by: zip(births, risk).map { Double($0) * $1 })
        let modifiableTotal = Int(
            (Double(plan.cdop.infantDeathsReviewed * plan.cdop.modifiablePercent) / 100).rounded())
        let modifiable = Apportionment.share(modifiableTotal, by: deaths.map(Double.init))
        let period = plan.cdop.period

        var rows: [Row] = []
        for (index, locality) in localities.enumerated() {
            let born = births[index]
            let neonatal = Int((Double(deaths[index]) * random.normal(mean: 0.7, deviation: 0.06)).rounded())
            let womenAged15To17 = Int(Double(born) * 0.47)
            func count(_ mean: Double, _ deviation: Double) -> Int {
                Int((Double(born) * min(0.95, max(0.0001, random.normal(mean: mean, deviation: deviation)))).rounded())
            }
            let figures = AreaFigures(
                births: born, infantDeaths: deaths[index], neonatalDeaths: min(neonatal, deaths[index]),
                stillbirths: Int((Double(born) * 0.0042 * risk[index]).rounded()),
                smokersAtDelivery: count(0.13 * risk[index], 0.02),
                breastfeedingStarted: count(0.68 / risk[index], 0.06),
                lowBirthWeightTerm: count(0.029 * risk[index], 0.004),
                under18Conceptions: Int((Double(womenAged15To17) * 0.027 * risk[index]).rounded()),
                womenAged15To17: womenAged15To17,
                suddenUnexpectedDeaths: Int((Double(born) * 0.00045 * risk[index]).rounded()),
                modifiableDeaths: modifiable[index])
            rows += figures.rows(area: locality.code, period: period)
        }
        rows += regionRows(from: rows)
        let england = plan.england
        func englandCount(_ proportion: Double) -> Int { Int((Double(england.births) * proportion).rounded()) }
        rows += AreaFigures(
            births: england.births, infantDeaths: england.infantDeaths, neonatalDeaths: england.neonatalDeaths,
            stillbirths: england.stillbirths, smokersAtDelivery: englandCount(england.smokingAtDelivery),
            breastfeedingStarted: englandCount(england.breastfeedingInitiation),
            lowBirthWeightTerm: englandCount(england.lowBirthWeightTerm),
            under18Conceptions: england.under18Conceptions, womenAged15To17: england.womenAged15To17,
            suddenUnexpectedDeaths: england.suddenUnexpectedDeaths, modifiableDeaths: nil
        ).rows(area: "E92000001", period: period)
        return rows
    }

    /// The rows as CSV with the header `locality,indicator,period,numerator,denominator`.
    public func csv() throws -> String {
        let lines = try rows().map { "\($0.area),\($0.indicator),\($0.period),\($0.numerator),\($0.denominator)" }
        return (["locality,indicator,period,numerator,denominator"] + lines).joined(separator: "\r\n") + "\r\n"
    }

    private func regionRows(from rows: [Row]) -> [Row] {
        var totals: [String: (numerator: Int, denominator: Int, period: String)] = [:]
        var order: [String] = []
        for row in rows {
            if totals[row.indicator] == nil { order.append(row.indicator) }
            let current = totals[row.indicator] ?? (0, 0, row.period)
            totals[row.indicator] = (
                current.numerator + row.numerator, current.denominator + row.denominator, row.period
            )
        }
        return order.compactMap { indicator in
            totals[indicator].map {
                Row(
                    area: region.id, indicator: indicator, period: $0.period, numerator: $0.numerator,
                    denominator: $0.denominator)
            }
        }
    }
}
