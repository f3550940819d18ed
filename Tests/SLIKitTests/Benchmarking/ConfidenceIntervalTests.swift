import Testing

@testable import SLIKit

@Suite("Confidence intervals")
struct ConfidenceIntervalTests {
    @Test(arguments: Reference.gammaInverse)
    func invertsTheIncompleteGammaFunction(row: (Double, Double, Double, Double)) {
        let (shape, probability, lowerQuantile, upperQuantile) = row
        #expect(Reference.agrees(IncompleteGamma.inverseLower(shape, probability), lowerQuantile))
        #expect(Reference.agrees(IncompleteGamma.inverseUpper(shape, probability), upperQuantile))
    }

    @Test(arguments: Reference.exact)
    func exactPoissonLimitsMatchChiSquaredQuantiles(row: (Double, String, Double, Double)) {
        let limits = ConfidenceInterval.exactPoisson(count: row.0, level: Reference.level(row.1))
        #expect(Reference.agrees(limits.lower, row.2))
        #expect(Reference.agrees(limits.upper, row.3))
    }

    @Test(arguments: Reference.byar)
    func byarLimitsMatchTheFormula(row: (Double, String, Double, Double)) {
        let limits = ConfidenceInterval.byar(count: row.0, level: Reference.level(row.1))
        #expect(Reference.agrees(limits.lower, row.2))
        #expect(Reference.agrees(limits.upper, row.3))
    }

    @Test(arguments: Reference.wilson)
    func wilsonLimitsMatchTheFormula(row: (Double, Double, String, Double, Double)) throws {
        let interval = try #require(
            ConfidenceInterval.proportion(
                count: row.0, denominator: row.1, multiplier: 100, level: Reference.level(row.2)))
        #expect(interval.method == .wilson)
        #expect(Reference.agrees(interval.lower, row.3))
        #expect(Reference.agrees(interval.upper, row.4))
    }

    @Test func ratesSwitchFromExactToByarAtTenEvents() throws {
        let nine = try #require(
            ConfidenceInterval.rate(count: 9, denominator: 3_000, multiplier: 1_000, level: .ninetyFive))
        let ten = try #require(
            ConfidenceInterval.rate(count: 10, denominator: 3_000, multiplier: 1_000, level: .ninetyFive))
        #expect(nine.method == .exactPoisson)
        #expect(ten.method == .byar)
        // Reference rows "exact 9 95" and "byar 10 95", per 1,000 of 3,000.
        #expect(Reference.agrees(nine.lower, 4.11537309738 / 3))
        #expect(Reference.agrees(nine.upper, 17.0848034514 / 3))
        #expect(Reference.agrees(ten.lower, 4.78738021553 / 3))
        #expect(Reference.agrees(ten.upper, 18.3916268741 / 3))
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
