import Testing

@testable import SLIKit

@Suite("Benchmarker")
struct BenchmarkerTests {
    let benchmarker = Benchmarker(indicators: IndicatorImportTests.indicators, region: IndicatorImportTests.region)
    let values = [
        IndicatorValue(
            areaCode: "E92000001", indicatorID: "infant-mortality", period: "2014/15", numerator: 2_600,
            denominator: 664_000),
        IndicatorValue(
            areaCode: "E08000002", indicatorID: "infant-mortality", period: "2014/15", numerator: 5,
            denominator: 2_300),
        IndicatorValue(
            areaCode: "E08000001", indicatorID: "infant-mortality", period: "2014/15", numerator: 40,
            denominator: 3_600),
    ]

    @Test func ordersComparesAndRanks() throws {
        let results = benchmarker.results(values)
        #expect(results.map(\.figures.areaCode) == ["E08000001", "E08000002", "E92000001"])
        let bolton = try #require(results.first)
        // 40 deaths in 3,600 births: 11.1 per 1,000, Byar 95% 7.94-15.13, well above England's 3.92.
        #expect(bolton.versusEngland?.outcome == .worse)
        #expect(bolton.versusEngland?.level == .ninetyNinePointEight)
        #expect(bolton.versusEngland?.method == .byar)
        // The region is pooled from its localities: 45 in 5,900, 7.63 per 1,000.
        #expect(abs((bolton.versusRegion?.benchmarkValue ?? 0) - 45.0 / 5.9) < 1e-9)
        // Below Bolton's 95% interval but inside its 99.8% interval (6.45-17.0): worse at 95%.
        #expect(bolton.versusRegion?.outcome == .worse)
        #expect(bolton.versusRegion?.level == .ninetyFive)
        #expect(results.map { $0.rankInRegion?.description } == ["2", "1", nil])
        #expect(results[1].versusEngland?.method == .exactPoisson)
        #expect(results[2].versusEngland == nil)
        #expect(results[2].versusRegion == nil)
    }

    @Test func drawsTheFunnelAroundTheRegion() throws {
        let funnel = try #require(benchmarker.funnel(values, indicatorID: "infant-mortality", period: "2014/15"))
        #expect(abs(funnel.pooledValue - 45.0 / 5.9) < 1e-9)
        #expect(funnel.lines.count == 4)
        #expect(funnel.lines.allSatisfy { $0.points.count == 100 })
        let limits = funnel.limits(atDenominator: 2_300)
        #expect(
            limits.lower998 <= limits.lower95 && limits.lower95 < limits.upper95 && limits.upper95 <= limits.upper998)
    }
}
