import Testing

@testable import SLIKit

@Suite("Funnel limits")
struct FunnelTests {
    @Test(arguments: Reference.funnelProportion)
    func proportionLimitsMatchTheReference(row: (Double, Double, String, Double, Double)) throws {
        let (pooled, denominator, level, lower, upper) = row
        let funnel = try #require(
            Funnel(
                pooledNumerator: pooled * 1_000, pooledDenominator: 1_000, kind: .proportion, multiplier: 100,
                denominators: [denominator]))
        let point = try #require(funnel.points.first)
        let limits = level == "95" ? (point.lower95, point.upper95) : (point.lower998, point.upper998)
        #expect(Reference.agrees(limits.0, lower * 100))
        #expect(Reference.agrees(limits.1, upper * 100))
    }

    @Test(arguments: Reference.funnelPoisson)
    func rateLimitsMatchTheReference(row: (Double, String, Double, Double)) {
        let limits = Funnel.poissonLimits(expected: row.0, level: Reference.level(row.1))
        #expect(Reference.agrees(limits.lower, row.2))
        #expect(Reference.agrees(limits.upper, row.3))
    }

    @Test func rateLimitsAreCountsOverTheDenominator() throws {
        // 55 expected deaths: 4.2 per 1,000 of a pooled rate over 13,095.238… births; reference "funnel-poisson 55".
        let funnel = try #require(
            Funnel(
                pooledNumerator: 42, pooledDenominator: 10_000, kind: .rate, multiplier: 1_000,
                denominators: [55 / 0.0042]))
        let point = try #require(funnel.points.first)
        #expect(Reference.agrees(funnel.pooledValue, 4.2))
        #expect(Reference.agrees(point.lower95, 40.4608517027 / (55 / 0.0042) * 1_000))
        #expect(Reference.agrees(point.upper998, 79.7822417185 / (55 / 0.0042) * 1_000))
    }

    @Test func aPointOutsideTheLimitsHasAnIntervalThatExcludesThePooledValue() throws {
        let funnel = try #require(
            Funnel(
                pooledNumerator: 120, pooledDenominator: 1_000, kind: .proportion, multiplier: 100,
                denominators: [200]))
        let point = try #require(funnel.points.first)
        let outside = try #require(
            ConfidenceInterval.proportion(
                count: (point.upper95 + 0.1) * 2, denominator: 200, multiplier: 100, level: .ninetyFive))
        let inside = try #require(
            ConfidenceInterval.proportion(
                count: (point.upper95 - 0.1) * 2, denominator: 200, multiplier: 100, level: .ninetyFive))
        #expect(!outside.contains(12))
        #expect(inside.contains(12))
    }

    @Test func denominatorsSpreadEvenlyOnALogScale() {
        let denominators = Funnel.denominators(from: 10, to: 1_000, count: 3)
        #expect(denominators.count == 3)
        #expect(abs(denominators[1] - 100) < 1e-9)
        #expect(abs(denominators[2] - 1_000) < 1e-9)
    }
}
