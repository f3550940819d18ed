import Foundation
import Testing

@testable import ExampleCycleKit
@testable import SLIKit

/// The Market Place of the bundled example cycle (168 requests, 32 offers) through the matcher.
@Suite("Market Place of the example cycle")
struct MarketExampleCycleTests {
    let assessments: [SelfAssessment]
    let framework: Framework
    let region: Region

    init() throws {
        let root = RepositoryCatalog.root
        let plan = try ExamplePlan.load(from: root.appendingPathComponent("regions/examples/north-west-2016.yaml"))
        framework = try RepositoryCatalog.shipped.framework(id: plan.framework)
        region = try RepositoryCatalog.shipped.region(id: plan.region)
        let baseline = ExampleAssessments(plan: plan, framework: framework, region: region).baseline()
        assessments = try ExampleMarket(plan: plan, framework: framework).adding(to: baseline)
    }

    @Test func matchesWithinTheRulesAndSaysWhyTheRestWait() {
        let entries = assessments.flatMap(\.marketPlace)
        #expect(entries.count { $0.kind == .request } == 168)
        #expect(entries.count { $0.kind == .offer } == 32)
        let matcher = MarketMatcher(region: region)
        let plan = matcher.match(entries)
        #expect(plan.matches.count + plan.unmatched.count == 168)
        #expect(plan.matches.allSatisfy { MarketMatcher.isEligible(request: $0.request, offer: $0.offer) })
        #expect(plan.offerUse.allSatisfy { $0.used <= $0.offer.capacity })
        let capacity = plan.offerUse.reduce(0) { $0 + $1.offer.capacity }
        #expect(plan.matches.count <= capacity)
        #expect(matcher.match(entries.reversed()) == plan)
    }

    @Test func suggestsOnlyFromTopRatingsWithEvidenceAndNeverRepeatsAnOffer() {
        let suggester = MarketSuggester(matcher: MarketMatcher(region: region), scale: framework.scale)
        let fresh = suggester.suggest(assessments: assessments)
        #expect(!fresh.plan.matches.isEmpty)
        #expect(fresh.entries.allSatisfy { $0.title.hasPrefix("Suggested: ") })
        for offer in fresh.entries where offer.kind == .offer {
            let answer = assessments.first { $0.localityCode == offer.localityCode }?.answer(itemID: offer.itemID ?? "")
            #expect(answer?.rating == .level(framework.scale.maximum))
            #expect(answer?.evidence?.isEmpty == false)
        }
        let made = assessments.flatMap(\.marketPlace).filter { $0.kind == .offer }
        let beyond = suggester.suggest(assessments: assessments, existing: made)
        for offer in beyond.entries where offer.kind == .offer {
            #expect(
                !made.contains {
                    $0.localityCode == offer.localityCode && $0.themeID == offer.themeID
                        && ($0.itemID == nil || $0.itemID == offer.itemID)
                })
        }
    }
}
