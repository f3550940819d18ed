import Testing

@testable import SLIKit

@Suite("Comparisons")
struct ComparisonTests {
    /// 89 of 328 (reference rows "wilson 89 328"): 95% 22.607-32.190, 99.8% 20.274-35.288.
    let estimate = IndicatorValue(
        areaCode: "E08000001", indicatorID: "smoking-at-delivery", period: "2014/15", numerator: 89,
        denominator: 328)
    let definition = IndicatorDefinition(
        id: "smoking-at-delivery", name: "Smoking at time of delivery", kind: .proportion, multiplier: 100, unit: "%",
        numerator: "smokers", denominator: "maternities", polarity: .lowerIsBetter, source: "test")

    @Test(arguments: [
        (27.0, Comparison.Outcome.similar, ConfidenceLevel.ninetyFive),
        (22.608, .similar, .ninetyFive),
        (21.0, .worse, .ninetyFive),
        (19.0, .worse, .ninetyNinePointEight),
        (33.0, .better, .ninetyFive),
        (36.0, .better, .ninetyNinePointEight),
    ])
    func judgesAgainstABenchmarkAtBothLevels(benchmark: Double, outcome: Comparison.Outcome, level: ConfidenceLevel)
        throws
    {
        let estimate = try #require(estimate.estimate(using: definition))
        let comparison = try #require(estimate.compare(to: benchmark, named: "England", polarity: .lowerIsBetter))
        #expect(comparison.outcome == outcome)
        #expect(comparison.level == level)
        #expect(comparison.method == .wilson)
    }

    @Test func saysHigherOrLowerWithoutAPolarity() throws {
        let estimate = try #require(estimate.estimate(using: definition))
        #expect(estimate.compare(to: 19, named: "England", polarity: .noJudgement)?.outcome == .higher)
        #expect(estimate.compare(to: 36, named: "England", polarity: .higherIsBetter)?.outcome == .worse)
        #expect(estimate.compare(to: 36, named: "England", polarity: .noJudgement)?.outcome == .lower)
    }

    @Test func namesLevelAndMethodInItsDescription() throws {
        let estimate = try #require(estimate.estimate(using: definition))
        #expect(
            estimate.compare(to: 19, named: "England", polarity: .lowerIsBetter)?.description
                == "worse than England (99.8%, Wilson score)")
        #expect(
            estimate.compare(to: 27, named: "North West", polarity: .lowerIsBetter)?.description
                == "similar to North West (95%, Wilson score)")
    }

    /// Salford's 558 under-18 conceptions in 18,642 women: the Byar lower limit is 27.500015 per 1,000 with the
    /// exact z (PHStatsMethods' byars_lower), 27.499972 with the rounded 1.96, so England's 27.5 is outside.
    @Test func theExactZDecidesAVerdictAtTheEdge() throws {
        let conceptions = IndicatorDefinition(
            id: "under-18-conceptions", name: "Under-18 conceptions", kind: .rate, multiplier: 1_000,
            unit: "per 1,000 women aged 15-17", numerator: "conceptions", denominator: "women aged 15-17",
            polarity: .lowerIsBetter, source: "test")
        let salford = try #require(
            IndicatorValue(
                areaCode: "E08000006", indicatorID: conceptions.id, period: "2014", numerator: 558,
                denominator: 18_642
            ).estimate(using: conceptions))
        #expect(Reference.agrees(salford.interval95.lower, 27.500_015_031_998_85))
        let verdict = try #require(salford.compare(to: 27.5, named: "England", polarity: .lowerIsBetter))
        #expect(verdict.description == "worse than England (95%, Byar's method)")
    }
}
