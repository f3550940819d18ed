import Testing

@testable import SLIKit

@Suite("Recent trends")
struct RecentTrendTests {
    static let periods = ["2010", "2011", "2012", "2013", "2014"]

    @Test func theCriticalValueIsTheNinetyNinePointEightPointOfChiSquared() throws {
        let row = try #require(Reference.rows("trend-critical").first)
        #expect(Reference.agrees(RecentTrend.criticalValue, Reference.number(row, 0)))
    }

    @Test(arguments: Reference.rows("trend"))
    func trendsMatchTheReference(row: [String]) throws {
        let counts = (0..<5).map { Reference.number(row, 1 + 2 * $0) }
        let denominators = (0..<5).map { Reference.number(row, 2 + 2 * $0) }
        let trend: RecentTrend
        if row[0] == "proportion" {
            trend = try #require(
                RecentTrend.proportion(
                    counts: counts, denominators: denominators, periods: Self.periods, polarity: .lowerIsBetter))
        } else {
            let estimates = try zip(counts, denominators).map { count, denominator in
                try #require(
                    IndicatorValue(
                        areaCode: "x", indicatorID: "x", period: "x", numerator: count, denominator: denominator
                    ).estimate(using: FunnelTests.rate))
            }
            trend = try #require(
                RecentTrend.rate(
                    values: estimates.map(\.value), lower: estimates.map(\.interval95.lower),
                    upper: estimates.map(\.interval95.upper), periods: Self.periods, polarity: .lowerIsBetter))
        }
        #expect(Reference.agrees(trend.chiSquared, Reference.number(row, 11)))
        #expect(trend.direction.rawValue == row[12].replacingOccurrences(of: "_", with: " "))
    }

    @Test func saysBetterOrWorseOnlyWithAPolarity() throws {
        let counts = [300.0, 330, 360, 390, 420]
        let denominators = [2_000.0, 2_000, 2_000, 2_000, 2_000]
        let rising = try #require(
            RecentTrend.proportion(
                counts: counts, denominators: denominators, periods: Self.periods, polarity: .higherIsBetter))
        #expect(rising.summary == "increasing and getting better")
        #expect(rising.description == "increasing and getting better (2010 to 2014, chi-squared test for trend, 99.8%)")
        let neutral = try #require(
            RecentTrend.proportion(
                counts: counts, denominators: denominators, periods: Self.periods, polarity: .noJudgement))
        #expect(neutral.summary == "increasing")
    }

    @Test func needsFivePointsStrictlyInsideTheirDenominators() {
        #expect(
            RecentTrend.proportion(
                counts: [1, 2, 3, 4], denominators: [10, 10, 10, 10], periods: Array(Self.periods.prefix(4)),
                polarity: .noJudgement) == nil)
        #expect(
            RecentTrend.proportion(
                counts: [0, 2, 3, 4, 5], denominators: [10, 10, 10, 10, 10], periods: Self.periods,
                polarity: .noJudgement) == nil)
    }

    @Test func theBenchmarkerGivesEachPeriodTheTrendEndingThere() throws {
        let region = Region(
            id: "E12000002", name: "North West", subRegions: [],
            localities: [Locality(code: "E08000001", name: "Bolton", subRegion: "greater-manchester")])
        let values = zip(["2009", "2010", "2011", "2012", "2013", "2014"], [300.0, 300, 330, 360, 390, 420]).map {
            IndicatorValue(
                areaCode: "E08000001", indicatorID: "x", period: $0.0, numerator: $0.1, denominator: 2_000)
        }
        let definition = IndicatorDefinition(
            id: "x", name: "x", kind: .proportion, multiplier: 100, unit: "%", numerator: "n", denominator: "d",
            polarity: .lowerIsBetter, source: "test")
        let results = Benchmarker(indicators: IndicatorSet(definitions: [definition]), region: region)
            .results(values.reversed())
        let byPeriod = Dictionary(uniqueKeysWithValues: results.map { ($0.figures.period, $0.recentTrend) })
        #expect(byPeriod["2012"] == .some(nil))
        #expect(byPeriod["2013"]??.periods == ["2009", "2010", "2011", "2012", "2013"])
        #expect(byPeriod["2014"]??.summary == "increasing and getting worse")
    }
}
