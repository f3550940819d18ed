import Testing

@testable import SLIKit

@Suite("Confidence intervals")
struct ConfidenceIntervalTests {
    @Test func theRecordedReferenceIsComplete() {
        #expect(Reference.rows("rate").count == 34)
        #expect(Reference.rows("proportion").count == 34)
        #expect(Reference.rows("gamma-inverse").count == 20)
    }

    @Test(arguments: Reference.rows("z"))
    func zIsTheExactNormalQuantile(row: [String]) {
        #expect(Reference.level(row[0]).z == Reference.number(row, 1))
    }

    @Test(arguments: Reference.rows("gamma-inverse"))
    func invertsTheIncompleteGammaFunction(row: [String]) {
        let (shape, probability) = (Reference.number(row, 0), Reference.number(row, 1))
        #expect(Reference.agrees(IncompleteGamma.inverseLower(shape, probability), Reference.number(row, 2)))
        #expect(Reference.agrees(IncompleteGamma.inverseUpper(shape, probability), Reference.number(row, 3)))
    }

    @Test(arguments: Reference.rows("rate"))
    func rateLimitsMatchPHStatsMethods(row: [String]) throws {
        let count = Reference.number(row, 0)
        let interval = try #require(
            ConfidenceInterval.rate(
                count: count, denominator: Reference.number(row, 1), multiplier: 1_000,
                level: Reference.level(row[2])))
        #expect(interval.method == (count < 10 ? .exactPoisson : .byar))
        #expect(Reference.agrees(interval.lower, Reference.number(row, 3)))
        #expect(Reference.agrees(interval.upper, Reference.number(row, 4)))
    }

    @Test(arguments: Reference.rows("proportion"))
    func wilsonLimitsMatchPHStatsMethods(row: [String]) throws {
        let interval = try #require(
            ConfidenceInterval.proportion(
                count: Reference.number(row, 0), denominator: Reference.number(row, 1), multiplier: 100,
                level: Reference.level(row[2])))
        #expect(interval.method == .wilson)
        #expect(Reference.agrees(interval.lower, Reference.number(row, 3)))
        #expect(Reference.agrees(interval.upper, Reference.number(row, 4)))
    }

    @Test func wilsonLimitsEndOnTheScale() throws {
        for level in ConfidenceLevel.allCases {
            for denominator in [1.0, 50, 328, 1_000, 5_678] {
                let all = try #require(
                    ConfidenceInterval.proportion(
                        count: denominator, denominator: denominator, multiplier: 100, level: level))
                let none = try #require(
                    ConfidenceInterval.proportion(count: 0, denominator: denominator, multiplier: 100, level: level))
                #expect(all.upper == 100)
                #expect(none.lower == 0)
            }
        }
    }

    @Test func refusesImpossibleFigures() {
        #expect(ConfidenceInterval.rate(count: 3, denominator: 0, multiplier: 1_000, level: .ninetyFive) == nil)
        #expect(ConfidenceInterval.rate(count: -1, denominator: 10, multiplier: 1_000, level: .ninetyFive) == nil)
        #expect(ConfidenceInterval.proportion(count: 11, denominator: 10, multiplier: 100, level: .ninetyFive) == nil)
    }

    @Test func regularizedGammaFunctionsAddUpToOne() {
        for (shape, x) in [(0.5, 0.1), (3.7, 2.0), (3.7, 9.0), (150.0, 140.0), (150.0, 170.0)] {
            #expect(abs(IncompleteGamma.lower(shape, x) + IncompleteGamma.upper(shape, x) - 1) < 1e-14)
        }
    }
}
