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
}
