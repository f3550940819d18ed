/// Scores self-assessments against a framework: items, themes, overall, and the region across them.
///
/// A theme score is the weighted mean of the theme's rated items (weights from the framework, 1 unless
/// given), expressed as a percentage of the scale's maximum: on the 0-4 scale a mean of 3 is 75%.
/// "Not applicable" answers and unanswered items are left out of the mean (never counted as zero) and
/// reported alongside the score. The overall score is the weighted mean of every rated item across all
/// themes, on the same footing. Ranks use competition ranking (1=, 1=, 3) and quartiles follow Excel's
/// `QUARTILE.INC` (R type 7).
public struct Scorer: Sendable {
    /// How close two scores (in percentage points) must be to count as a tie.
    public static let tolerance = 1e-9

    /// The framework scored against.
    public var framework: Framework

    /// A scorer for `framework`.
    public init(framework: Framework) {
        self.framework = framework
    }

    /// The score card of `assessments`.
    ///
    /// Answers to items the framework does not assess are ignored. When several assessments come from
    /// the same locality, the last one counts.
    /// - Complexity: O(localities × items + localities log localities × themes).
    public func score(_ assessments: [SelfAssessment]) -> ScoreCard {
        let themes = framework.themes.map { (id: $0.id, items: $0.assessedItems) }.filter { !$0.items.isEmpty }
        var themeOfItem: [String: String] = [:]
        for theme in themes { for item in theme.items { themeOfItem[item.id] = theme.id } }
        var latest: [String: SelfAssessment] = [:]
        for assessment in assessments { latest[assessment.localityCode] = assessment }
        var localities: [LocalityScore] = []
        var highlights: [Highlight] = []
        for code in latest.keys.sorted() {
            guard let assessment = latest[code] else { continue }
            localities.append(score(assessment, themes: themes))
            highlights += self.highlights(assessment, themeOfItem: themeOfItem)
        }

        var themeSummaries: [ThemeSummary] = []
        for (index, theme) in themes.enumerated() {
            let percentages = localities.map { $0.themes[index].score.percentage }
            let distribution = Distribution(percentages.compactMap { $0 })
            for (position, rank) in Rank.competition(percentages).enumerated() {
                localities[position].themes[index].rank = rank
                if let percentage = percentages[position] {
                    localities[position].themes[index].quartile = distribution?.quartile(of: percentage)
                }
            }
            let top = framework.scale.maximum
            let inTheme = highlights.filter { $0.themeID == theme.id }
            themeSummaries.append(
                ThemeSummary(
                    themeID: theme.id, distribution: distribution,
                    goodPractice: inTheme.filter { $0.level == top }, supportNeeds: inTheme.filter { $0.level != top }))
        }

        let overall = localities.map { $0.overall.percentage }
        let overallDistribution = Distribution(overall.compactMap { $0 })
        for (position, rank) in Rank.competition(overall).enumerated() {
            localities[position].overallRank = rank
            if let percentage = overall[position] {
                localities[position].overallQuartile = overallDistribution?.quartile(of: percentage)
            }
        }

        return ScoreCard(
            frameworkID: framework.id, scaleMinimum: framework.scale.minimum, scaleMaximum: framework.scale.maximum,
            localities: localities, themes: themeSummaries,
            items: itemSummaries(themes: themes, localities: localities), overall: overallDistribution
        )
    }

    private func score(_ assessment: SelfAssessment, themes: [(id: String, items: [Item])]) -> LocalityScore {
        var answers: [String: Answer] = [:]
        for answer in assessment.answers { answers[answer.itemID] = answer }
        var items: [ItemScore] = []
        var themeScores: [ThemeScore] = []
        var total = ScoreAccumulator()
        for theme in themes {
            var sum = ScoreAccumulator()
            for item in theme.items {
                let answer = answers[item.id]
                let itemScore: ItemScore
                switch answer?.rating {
                case .level(let level):
                    itemScore = ItemScore(
                        itemID: item.id, themeID: theme.id, status: .rated, level: level,
                        hasEvidence: Self.hasText(answer?.evidence))
                case .notApplicable:
                    itemScore = ItemScore(
                        itemID: item.id, themeID: theme.id, status: .notApplicable, level: nil, hasEvidence: false)
                case nil:
                    itemScore = ItemScore(
                        itemID: item.id, themeID: theme.id, status: .unanswered, level: nil, hasEvidence: false)
                }
                sum.add(itemScore, weight: item.weight)
                total.add(itemScore, weight: item.weight)
                items.append(itemScore)
            }
            themeScores.append(ThemeScore(themeID: theme.id, score: sum.score(maximum: framework.scale.maximum)))
        }
        let scored = themeScores.compactMap { theme in theme.score.percentage.map { (theme.themeID, $0) } }
        let highest = scored.map(\.1).max()
        let lowest = scored.map(\.1).min()
        return LocalityScore(
            localityCode: assessment.localityCode, items: items, themes: themeScores,
            overall: total.score(maximum: framework.scale.maximum),
            strongestThemes: scored.filter { abs($0.1 - (highest ?? 0)) <= Self.tolerance }.map(\.0),
            weakestThemes: scored.filter { abs($0.1 - (lowest ?? 0)) <= Self.tolerance }.map(\.0)
        )
    }

    /// Good-practice candidates (top of the scale with evidence) and support needs (bottom of the scale).
    private func highlights(_ assessment: SelfAssessment, themeOfItem: [String: String]) -> [Highlight] {
        let top = framework.scale.maximum
        let bottom = framework.scale.minimum
        guard top != bottom else { return [] }
        return assessment.answers.compactMap { answer in
            guard let level = answer.rating?.value, let themeID = themeOfItem[answer.itemID]
            else { return nil }
            if level == top, Self.hasText(answer.evidence) {
                return Highlight(
                    localityCode: assessment.localityCode, themeID: themeID, itemID: answer.itemID,
                    level: level, text: answer.evidence)
            }
            if level == bottom {
                return Highlight(
                    localityCode: assessment.localityCode, themeID: themeID, itemID: answer.itemID,
                    level: level, text: answer.supportWanted)
            }
            return nil
        }
    }

    private func itemSummaries(themes: [(id: String, items: [Item])], localities: [LocalityScore]) -> [ItemSummary] {
        let levels = framework.scale.levels.map(\.value)
        var summaries: [ItemSummary] = []
        var index = 0
        for theme in themes {
            for item in theme.items {
                var counts = [Int](repeating: 0, count: levels.count)
                var values: [Double] = []
                var notApplicable = 0
                var unanswered = 0
                for locality in localities {
                    let answer = locality.items[index]
                    switch answer.status {
                    case .rated:
                        if let level = answer.level {
                            values.append(Double(level))
                            if let position = levels.firstIndex(of: level) { counts[position] += 1 }
                        }
                    case .notApplicable: notApplicable += 1
                    case .unanswered: unanswered += 1
                    }
                }
                summaries.append(
                    ItemSummary(
                        itemID: item.id, themeID: theme.id, distribution: Distribution(values), levelCounts: counts,
                        notApplicable: notApplicable, unanswered: unanswered))
                index += 1
            }
        }
        return summaries
    }

    private static func hasText(_ text: String?) -> Bool {
        guard let text else { return false }
        return !text.allSatisfy(\.isWhitespace)
    }
}
