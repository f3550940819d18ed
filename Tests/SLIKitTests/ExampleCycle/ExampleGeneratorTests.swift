import Foundation
import Testing

@testable import ExampleCycleKit
@testable import SLIKit

/// The example cycle's synthetic data adds up to the 2016 report's published figures.
@Suite("Example cycle data")
struct ExampleGeneratorTests {
    let plan: ExamplePlan
    let framework: Framework
    let region: Region

    init() throws {
        let root = RepositoryCatalog.root
        let catalog = RepositoryCatalog.shipped
        plan = try ExamplePlan.load(from: root.appendingPathComponent("regions/examples/north-west-2016.yaml"))
        framework = try catalog.framework(id: plan.framework)
        region = try catalog.region(id: plan.region)
    }

    @Test func twentyTwoOfTheTwentyThreeLocalitiesTakePart() {
        let assessments = ExampleAssessments(plan: plan, framework: framework, region: region)
        #expect(region.localities.count == 23)
        #expect(assessments.participants.count == 22)
        #expect(!assessments.participants.contains { $0.name == "Cumbria" })
    }

    @Test func everyAssessedItemIsAnsweredOnTheScale() {
        let baseline = ExampleAssessments(plan: plan, framework: framework, region: region).baseline()
        let assessed = framework.themes.flatMap(\.assessedItems).map(\.id)
        for assessment in baseline {
            #expect(assessment.answers.map(\.itemID) == assessed)
            for answer in assessment.answers {
                if case .level(let level) = answer.rating { #expect((0...4).contains(level)) }
            }
        }
    }

    @Test func isTheSameOnEveryRun() {
        let generator = ExampleAssessments(plan: plan, framework: framework, region: region)
        #expect(generator.baseline() == generator.baseline())
        #expect(generator.followUp(from: generator.baseline()) == generator.followUp(from: generator.baseline()))
    }

    @Test func followUpMovesMostRatingsUpOrKeepsThem() {
        let generator = ExampleAssessments(plan: plan, framework: framework, region: region)
        let baseline = generator.baseline()
        let followUp = generator.followUp(from: baseline)
        let pairs = zip(baseline, followUp).flatMap { zip($0.answers, $1.answers) }
        let changes = pairs.compactMap { before, after -> Int? in
            guard let from = before.rating?.value, let to = after.rating?.value else { return nil }
            return to - from
        }
        #expect(changes.filter { $0 > 0 }.count > changes.filter { $0 < 0 }.count * 2)
    }

    @Test func marketPlaceAddsUpToTheReportsTotals() throws {
        let baseline = ExampleAssessments(plan: plan, framework: framework, region: region).baseline()
        let withMarket = try ExampleMarket(plan: plan, framework: framework).adding(to: baseline)
        let entries = withMarket.flatMap(\.marketPlace)
        #expect(entries.filter { $0.kind == .request }.count == 168)
        #expect(entries.filter { $0.kind == .offer }.count == 32)
        #expect(entries.allSatisfy { framework.theme(id: $0.themeID) != nil })
        let themeLevel = entries.filter { $0.kind == .request && $0.itemID == nil }.count
        #expect((74...94).contains(themeLevel), "about half the requests are made at theme stalls: \(themeLevel)")
        #expect(entries.filter { $0.kind == .offer }.allSatisfy { $0.itemID != nil })
        for assessment in withMarket {
            let stalls = assessment.marketPlace.filter { $0.kind == .request && $0.itemID == nil }.map(\.themeID)
            #expect(Set(stalls).count == stalls.count)
            let offered = assessment.marketPlace.filter { $0.kind == .offer }.compactMap(\.itemID)
            #expect(Set(offered).count == offered.count)
        }
    }

    @Test func indicatorsAgreeWithTheChildDeathReviewFigures() throws {
        let rows = try ExampleIndicators(plan: plan, region: region).rows()
        let localityCodes = Set(region.localities.map(\.code))
        let deaths = rows.filter { $0.indicator == "infant-mortality" && localityCodes.contains($0.area) }
        #expect(deaths.count == 23)
        #expect(deaths.map(\.numerator).reduce(0, +) == 328)
        let modifiable = try #require(
            rows.first { $0.indicator == "cdop-modifiable-factors" && $0.area == "north-west" })
        #expect(modifiable.numerator == 89)
        #expect(modifiable.denominator == 328)
        #expect(rows.allSatisfy { $0.numerator <= $0.denominator && $0.numerator >= 0 })
        #expect(rows.contains { $0.area == "E92000001" && $0.indicator == "infant-mortality" })
    }
}
