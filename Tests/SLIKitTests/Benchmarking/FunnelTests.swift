import Testing

@testable import SLIKit

@Suite("Funnel limits")
struct FunnelTests {
    static let datasets = ["rate", "proportion"]

    @Test(arguments: datasets)
    func linesMatchCalculateFunnelLimits(dataset: String) throws {
        let funnel = try #require(Reference.funnel(dataset))
        let rows = Reference.rows("funnel-line").filter { $0[0] == dataset }
        #expect(rows.count == 100)
        let order: [(ConfidenceLevel, FunnelLine.Side)] = [
            (.ninetyFive, .lower), (.ninetyFive, .upper), (.ninetyNinePointEight, .lower),
            (.ninetyNinePointEight, .upper),
        ]
        for (column, (level, side)) in order.enumerated() {
            let line = try #require(funnel.line(level, side))
            #expect(line.points.count == rows.count)
            for (point, row) in zip(line.points, rows) {
                if dataset == "rate" {
                    // events, then a denominator and a limit per line
                    let denominator = Reference.number(row, 2 + 2 * column)
                    let limit = Reference.number(row, 3 + 2 * column)
                    #expect(Reference.agrees(point.denominator, denominator), "\(level) \(side) at \(row[1]) events")
                    #expect(Reference.agrees(point.value, limit), "\(level) \(side) at \(row[1]) events")
                } else {
                    #expect(point.denominator == Reference.number(row, 1))
                    #expect(
                        Reference.agrees(point.value, Reference.number(row, 2 + column)),
                        "\(level) \(side) at \(row[1])")
                }
            }
        }
    }

    @Test(arguments: datasets)
    func positionsMatchAssignFunnelSignificance(dataset: String) throws {
        let funnel = try #require(Reference.funnel(dataset))
        let names: [String: FunnelPosition] = [
            "High_(0.001)": .above998, "High_(0.025)": .above95, "Not_significant": .within,
            "Low_(0.025)": .below95, "Low_(0.001)": .below998,
        ]
        let areas = Reference.funnelAreas(dataset)
        #expect(areas.count == 10)
        for area in areas {
            let position = funnel.position(numerator: area.numerator, denominator: area.denominator)
            #expect(position == names[area.significance], "\(area.name)")
        }
    }

    @Test(arguments: datasets)
    func limitsAtAnAreasOwnDenominatorMatchTheReference(dataset: String) throws {
        let funnel = try #require(Reference.funnel(dataset))
        let areas = Reference.funnelAreas(dataset)
        for row in Reference.rows("funnel-own").filter({ $0[0] == dataset }) {
            let area = try #require(areas.first { $0.name == row[1] })
            let limits = funnel.limits(atDenominator: area.denominator)
            #expect(Reference.agrees(limits.lower95, Reference.number(row, 2)), "\(row[1]) lower 95%")
            #expect(Reference.agrees(limits.upper95, Reference.number(row, 3)), "\(row[1]) upper 95%")
            #expect(Reference.agrees(limits.lower998, Reference.number(row, 4)), "\(row[1]) lower 99.8%")
            #expect(Reference.agrees(limits.upper998, Reference.number(row, 5)), "\(row[1]) upper 99.8%")
        }
    }

    /// Counts at three denominators: each one's position, its place against the limits at its denominator
    /// and its verdict against the pooled value all say the same.
    @Test(arguments: datasets)
    func positionLimitsAndVerdictNeverDisagree(dataset: String) throws {
        let funnel = try #require(Reference.funnel(dataset))
        let definition = dataset == "rate" ? Self.rate : Self.proportion
        for denominator in [38.0, 977, 3_830, 9_000] {
            let limits = funnel.limits(atDenominator: denominator)
            let step = dataset == "rate" ? 1 : max(1, Int(denominator) / 300)
            let counts = dataset == "rate" ? Array(0...60) : Array(stride(from: 0, through: Int(denominator), by: step))
            for count in counts {
                let value = Double(count) / denominator * definition.multiplier
                let position = funnel.position(numerator: Double(count), denominator: denominator)
                let byLimits: FunnelPosition =
                    value > limits.upper998
                    ? .above998
                    : value > limits.upper95
                        ? .above95 : value < limits.lower998 ? .below998 : value < limits.lower95 ? .below95 : .within
                #expect(position == byLimits, "\(count) of \(denominator)")
                let estimate = try #require(
                    IndicatorValue(
                        areaCode: "x", indicatorID: "x", period: "x", numerator: Double(count),
                        denominator: denominator
                    ).estimate(using: definition))
                let verdict = try #require(
                    estimate.compare(to: funnel.pooledValue, named: "pooled", polarity: .noJudgement))
                let above: Bool? = verdict.outcome == .similar ? nil : verdict.outcome == .higher
                let byVerdict = Reference.position(above: above, level: verdict.level)
                #expect(position == byVerdict, "\(count) of \(denominator)")
            }
        }
    }

    /// The cases that were wrong when the position was read off interpolated exact limits.
    @Test func cheshireEastAndManchesterSitWhereTheirVerdictsSay() throws {
        let funnel = try #require(Reference.funnel("rate"))
        #expect(funnel.position(numerator: 12, denominator: 977) == .above95)
        #expect(funnel.position(numerator: 8, denominator: 3_830) == .below95)
    }

    @Test func refusesAFunnelWithNothingToCentreOn() {
        #expect(Funnel(numerators: [0, 0], denominators: [100, 200], kind: .rate, multiplier: 1_000) == nil)
        #expect(Funnel(numerators: [3], denominators: [0], kind: .rate, multiplier: 1_000) == nil)
        #expect(Funnel(numerators: [10, 20], denominators: [10, 20], kind: .proportion, multiplier: 100) == nil)
    }

    static let rate = IndicatorDefinition(
        id: "x", name: "x", kind: .rate, multiplier: 1_000, unit: "per 1,000", numerator: "deaths",
        denominator: "births", polarity: .noJudgement, source: "test")
    static let proportion = IndicatorDefinition(
        id: "x", name: "x", kind: .proportion, multiplier: 100, unit: "%", numerator: "smokers",
        denominator: "maternities", polarity: .noJudgement, source: "test")
}
