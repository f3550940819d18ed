import Foundation
import SLIKit
import SpreadsheetKit

/// Generates the example cycle's self-assessments: plausible, varied and the same on every run.
///
/// Each locality has a hidden level of maturity and each item a hidden difficulty; a rating is
/// their sum plus noise, clamped to the scale. Evidence, leads, dates, good practice and support
/// wanted follow from the rating. The follow-up round moves most ratings up a little, as a year
/// of work would.
public struct ExampleAssessments: Sendable {
    /// The plan the example follows.
    public let plan: ExamplePlan
    /// The framework localities assess themselves against.
    public let framework: Framework
    /// The region the localities belong to.
    public let region: Region

    /// A generator for the given plan, framework and region.
    public init(plan: ExamplePlan, framework: Framework, region: Region) {
        self.plan = plan
        self.framework = framework
        self.region = region
    }

    /// The localities that take part: the region's, less the plan's absentees.
    public var participants: [Locality] {
        region.localities.filter { !plan.absent.contains($0.code) }
    }

    /// The baseline self-assessments, one per participating locality, in region order.
    public func baseline() -> [SelfAssessment] {
        var difficulty = SeededGenerator.stream(seed: plan.seed, "item difficulty")
        let itemDifficulty = Dictionary(
            uniqueKeysWithValues: assessedItems.map { ($0.item.id, difficulty.normal(deviation: 0.6)) })
        return participants.map { locality in
            var random = SeededGenerator.stream(seed: plan.seed, "baseline \(locality.code)")
            let maturity = random.normal(deviation: 0.7)
            let answers = assessedItems.map { entry -> Answer in
                let notApplicable = Double.random(in: 0..<1, using: &random) < 0.02
                let raw = 2 + maturity + (itemDifficulty[entry.item.id] ?? 0) + random.normal(deviation: 0.6)
                let value = min(framework.scale.maximum, max(framework.scale.minimum, Int(raw.rounded())))
                return answer(
                    for: entry, rating: notApplicable ? .notApplicable : .level(value), year: plan.baseline.year,
                    locality: locality, random: &random)
            }
            return assessment(for: locality, answers: answers, random: &random)
        }
    }

    /// The follow-up self-assessments twelve months on, one per participating locality.
    public func followUp(from baseline: [SelfAssessment]) -> [SelfAssessment] {
        baseline.compactMap { previous in
            guard let locality = region.locality(code: previous.localityCode) else { return nil }
            var random = SeededGenerator.stream(seed: plan.seed, "follow-up \(locality.code)")
            let answers = assessedItems.map { entry -> Answer in
                let before = previous.answer(itemID: entry.item.id)?.rating
                let rating: Rating
                switch before {
                case .level(let value):
                    let draw = Double.random(in: 0..<1, using: &random)
                    let change = draw < 0.08 ? -1 : draw < 0.50 ? 0 : draw < 0.92 ? 1 : 2
                    rating = .level(min(framework.scale.maximum, max(framework.scale.minimum, value + change)))
                case .notApplicable, nil:
                    rating = .notApplicable
                }
                return answer(for: entry, rating: rating, year: plan.followUp.year, locality: locality, random: &random)
            }
            return assessment(for: locality, answers: answers, random: &random)
        }
    }

    private var assessedItems: [(theme: Theme, item: Item)] {
        framework.themes.flatMap { theme in theme.assessedItems.map { (theme, $0) } }
    }

    private func assessment(
        for locality: Locality, answers: [Answer], random: inout SeededGenerator
    ) -> SelfAssessment {
        let optional = ExampleText.agencies.dropFirst(2).filter { _ in Bool.random(using: &random) }
        return SelfAssessment(
            frameworkID: framework.id, frameworkVersion: framework.version, localityCode: locality.code,
            answers: answers, contributors: Array(ExampleText.agencies.prefix(2)) + optional)
    }

    private func answer(
        for entry: (theme: Theme, item: Item), rating: Rating, year: Int, locality: Locality,
        random: inout SeededGenerator
    ) -> Answer {
        let value = rating.value
        let evidence = value.flatMap { ExampleText.evidence(rating: $0, year: year, random: &random) }
        let lead = ExampleText.leads.randomElement(using: &random)
        let target = value.flatMap { $0 < framework.scale.maximum ? targetDate(year: year, random: &random) : nil }
        return Answer(
            itemID: entry.item.id, themeID: entry.theme.id, rating: rating, evidence: evidence, lead: lead,
            targetDate: target,
            goodPractice: value == framework.scale.maximum
                ? "\(locality.name) can share its approach, evaluation and materials." : nil,
            supportWanted: (value ?? framework.scale.maximum) <= framework.scale.minimum + 1
                ? "Examples from localities where this is in place, and their evaluation." : nil,
            source: "")
    }

    private func targetDate(year: Int, random: inout SeededGenerator) -> Date {
        let quarterEnds = [(6, 30), (9, 30), (12, 31), (3, 31)]
        let index = Int.random(in: 0..<quarterEnds.count, using: &random)
        let (month, day) = quarterEnds[index]
        return ISODateText.date(year: month == 3 ? year + 1 : year, month: month, day: day)
    }
}
