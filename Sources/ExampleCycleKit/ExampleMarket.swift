import Foundation
import SLIKit

/// Generates the example cycle's Market Place: requests and offers that add up to the plan's totals.
///
/// Requests go where a locality rated itself low, offers where it rated itself at the top of the
/// scale, so that the Market Place tells the same story as the self-assessments. As at the 2016
/// workshop, where requests were made at theme stalls, every second request in the region is made
/// on the item's theme rather than the item (no item named); when the locality already asks at that
/// theme's stall, the next request on another theme is made there instead. Offers always name their item.
public struct ExampleMarket: Sendable {
    /// The plan the example follows.
    public let plan: ExamplePlan
    /// The framework the assessments answer.
    public let framework: Framework

    /// A generator for the given plan and framework.
    public init(plan: ExamplePlan, framework: Framework) {
        self.plan = plan
        self.framework = framework
    }

    /// The assessments with Market Place entries added, `plan.market.requests` requests and
    /// `plan.market.offers` offers in all.
    ///
    /// - Throws: `ExampleCycleError.impossibleTotal` when there are not enough items to place them on.
    public func adding(to assessments: [SelfAssessment]) throws -> [SelfAssessment] {
        let requestShares = Apportionment.share(
            plan.market.requests, by: assessments.map { Double(lowAnswers($0).count) + 1 })
        let offerShares = Apportionment.share(
            plan.market.offers, by: assessments.map { Double(topAnswers($0).count) + 0.5 })
        var result = assessments
        var requestNumber = 0
        var themeRequestsOwed = 0
        for index in result.indices {
            var random = SeededGenerator.stream(seed: plan.seed, "market \(result[index].localityCode)")
            let requestItems = Array(
                ranked(result[index], lowestFirst: true, random: &random).prefix(requestShares[index]))
            let offerItems = Array(
                ranked(result[index], lowestFirst: false, random: &random).prefix(offerShares[index]))
            guard requestItems.count == requestShares[index], offerItems.count == offerShares[index] else {
                throw ExampleCycleError.impossibleTotal(
                    what: "Market Place entries", total: plan.market.requests + plan.market.offers)
            }
            let locality = result[index].localityCode
            var themeStalls: Set<String> = []
            result[index].marketPlace =
                requestItems.map { answer in
                    requestNumber += 1
                    if requestNumber.isMultiple(of: 2) { themeRequestsOwed += 1 }
                    if themeRequestsOwed > 0, themeStalls.insert(answer.themeID).inserted {
                        themeRequestsOwed -= 1
                        return MarketPlaceEntry(
                            kind: .request, localityCode: locality, themeID: answer.themeID, itemID: nil,
                            title: "Information on \(themeName(answer.themeID))",
                            description: "What others in the region do on this theme, and what has worked.")
                    }
                    return MarketPlaceEntry(
                        kind: .request, localityCode: locality, themeID: answer.themeID, itemID: answer.itemID,
                        title: "Information on \(shortText(answer.itemID))",
                        description: "How others have put this in place, and what difference it made.")
                }
                + offerItems.map { answer in
                    MarketPlaceEntry(
                        kind: .offer, localityCode: locality, themeID: answer.themeID, itemID: answer.itemID,
                        title: "Our approach to \(shortText(answer.itemID))",
                        description: "A visit, our materials and a conversation with our lead.",
                        capacity: Int.random(in: 2...4, using: &random))
                }
        }
        return result
    }

    private func lowAnswers(_ assessment: SelfAssessment) -> [Answer] {
        assessment.answers.filter { ($0.rating?.value ?? framework.scale.maximum) <= framework.scale.minimum + 1 }
    }

    /// Rated answers ordered by rating (lowest or highest first), in a seeded order within a rating.
    private func ranked(_ assessment: SelfAssessment, lowestFirst: Bool, random: inout SeededGenerator) -> [Answer] {
        let rated = assessment.answers.filter { $0.rating?.value != nil }.shuffled(using: &random)
        return rated.sorted {
            let (left, right) = ($0.rating?.value ?? 0, $1.rating?.value ?? 0)
            return lowestFirst ? left < right : left > right
        }
    }

    private func topAnswers(_ assessment: SelfAssessment) -> [Answer] {
        assessment.answers.filter { $0.rating?.value == framework.scale.maximum }
    }

    private func themeName(_ themeID: String) -> String {
        framework.theme(id: themeID)?.name ?? themeID
    }

    private func shortText(_ itemID: String) -> String {
        guard let text = framework.item(id: itemID)?.item.text else { return itemID }
        let words = text.split(separator: " ")
        let head = words.prefix(8).joined(separator: " ")
        let trimmed = head.trimmingCharacters(in: .punctuationCharacters)
        let lowered = trimmed.prefix(1).lowercased() + trimmed.dropFirst()
        return words.count > 8 ? lowered + "..." : lowered
    }
}
