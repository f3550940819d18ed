import Foundation
import SLIKit

extension ReportData {
    /// How many of the region's weakest items the overview lists (more when items tie with the last).
    static let weakestItemCount = 10

    /// Fills the theme scores, their regional distributions, the weakest items and every locality's item
    /// ratings with its evidence from a score card and the assessments it was made from.
    ///
    /// Theme scores and their regional distributions are the score card's percentages of the scale maximum,
    /// the figures the score card gives; item ratings stay on the framework's scale (``maximumScore`` is its
    /// top level), and an item is counted low when it is rated on the bottom two levels of the scale.
    mutating func addScores(_ card: ScoreCard, framework: Framework, assessments: [SelfAssessment]) {
        themeScores = card.localities.flatMap { locality in
            themes.map { theme in
                ReportThemeScore(
                    localityCode: locality.localityCode, themeID: theme.id,
                    score: locality.theme(theme.id)?.score.percentage)
            }
        }
        themeDistributions = themes.compactMap { theme in
            card.theme(theme.id)?.distribution.map {
                ReportThemeDistribution(
                    themeID: theme.id,
                    spread: ReportSpread(
                        minimum: $0.minimum, lowerQuartile: $0.lowerQuartile, median: $0.median,
                        upperQuartile: $0.upperQuartile, maximum: $0.maximum, count: $0.count))
            }
        }
        let lowLevels = Set(framework.scale.levels.prefix(2).map(\.value))
        let levels = framework.scale.levels.map(\.value)
        weakestItems = card.weakestItems(limit: Self.weakestItemCount).compactMap { summary in
            guard let distribution = summary.distribution else { return nil }
            let low = zip(levels, summary.levelCounts).filter { lowLevels.contains($0.0) }.map(\.1).reduce(0, +)
            return ReportRegionalItem(
                themeID: summary.themeID, itemID: summary.itemID,
                text: framework.item(id: summary.itemID)?.item.text ?? summary.itemID, meanScore: distribution.mean,
                ratedCount: distribution.count, lowCount: low)
        }
        itemRatings = assessments.flatMap { assessment in
            framework.themes.flatMap { theme in
                theme.assessedItems.map { item in
                    let answer = assessment.answer(itemID: item.id)
                    return ReportItemRating(
                        localityCode: assessment.localityCode, themeID: theme.id, itemID: item.id, text: item.text,
                        score: answer?.rating?.value.map(Double.init),
                        label: Self.label(answer?.rating, scale: framework.scale), evidence: answer?.evidence ?? "")
                }
            }
        }
    }

    /// The words for a rating: the scale's label for a level, its not-applicable text, or `not answered`.
    static func label(_ rating: Rating?, scale: RatingScale) -> String {
        guard let rating else { return "not answered" }
        guard let value = rating.value else { return "not applicable" }
        return scale.level(value)?.label ?? String(value)
    }
}
