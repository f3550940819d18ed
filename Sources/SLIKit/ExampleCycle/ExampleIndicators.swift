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
            let stillbirths = Int((Double(born) * 0.0042 * risk[index]).rounded())
            let womenAged15To17 = Int(Double(born) * 0.47)
            func proportion(_ mean: Double, _ deviation: Double) -> Int {
                Int((Double(born) * min(0.95, max(0.01, random.normal(mean: mean, deviation: deviation)))).rounded())
            }
            rows += [
                Row(
                    area: locality.code, indicator: "infant-mortality", period: period,
                    numerator: deaths[index], denominator: born),
                Row(
                    area: locality.code, indicator: "neonatal-mortality", period: period,
                    numerator: min(neonatal, deaths[index]), denominator: born),
                Row(
                    area: locality.code, indicator: "post-neonatal-mortality", period: period,
                    numerator: deaths[index] - min(neonatal, deaths[index]), denominator: born),
                Row(
                    area: locality.code, indicator: "stillbirths", period: period,
                    numerator: stillbirths, denominator: born + stillbirths),
                Row(
                    area: locality.code, indicator: "smoking-at-delivery", period: period,
                    numerator: proportion(0.13 * risk[index], 0.02), denominator: born),
                Row(
                    area: locality.code, indicator: "breastfeeding-initiation", period: period,
                    numerator: proportion(0.68 / risk[index], 0.06), denominator: born),
                Row(
                    area: locality.code, indicator: "low-birth-weight-term", period: period,
                    numerator: proportion(0.029 * risk[index], 0.004), denominator: born),
                Row(
                    area: locality.code, indicator: "under-18-conceptions", period: period,
                    numerator: Int((Double(womenAged15To17) * 0.027 * risk[index]).rounded()),
                    denominator: womenAged15To17),
                Row(
                    area: locality.code, indicator: "cdop-modifiable-factors", period: period,
                    numerator: modifiable[index], denominator: deaths[index]),
                Row(
                    area: locality.code, indicator: "sudden-unexpected-deaths", period: period,
                    numerator: Int((Double(born) * 0.00045 * risk[index]).rounded()), denominator: born),
            ]
        }
        rows += regionRows(from: rows)
        rows += englandRows(period: period)
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

    private func englandRows(period: String) -> [Row] {
        let england = plan.england
        let code = "E92000001"
        func share(_ proportion: Double) -> Int { Int((Double(england.births) * proportion).rounded()) }
        return [
            Row(
                area: code, indicator: "infant-mortality", period: period,
                numerator: england.infantDeaths, denominator: england.births),
            Row(
                area: code, indicator: "neonatal-mortality", period: period,
                numerator: england.neonatalDeaths, denominator: england.births),
            Row(
                area: code, indicator: "post-neonatal-mortality", period: period,
                numerator: england.infantDeaths - england.neonatalDeaths, denominator: england.births),
            Row(
                area: code, indicator: "stillbirths", period: period,
                numerator: england.stillbirths, denominator: england.births + england.stillbirths),
            Row(
                area: code, indicator: "smoking-at-delivery", period: period,
                numerator: share(england.smokingAtDelivery), denominator: england.births),
            Row(
                area: code, indicator: "breastfeeding-initiation", period: period,
                numerator: share(england.breastfeedingInitiation), denominator: england.births),
            Row(
                area: code, indicator: "low-birth-weight-term", period: period,
                numerator: share(england.lowBirthWeightTerm), denominator: england.births),
            Row(
                area: code, indicator: "under-18-conceptions", period: period,
                numerator: england.under18Conceptions, denominator: england.womenAged15To17),
            Row(
                area: code, indicator: "sudden-unexpected-deaths", period: period,
                numerator: england.suddenUnexpectedDeaths, denominator: england.births),
        ]
    }
}
