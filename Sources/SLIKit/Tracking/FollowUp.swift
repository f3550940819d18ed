/// The follow-up evaluation: what changed between a baseline cycle and its follow-up, and whether the
/// recommendations were carried out.
///
/// Both cycles must use the same framework. Localities that took part in only one cycle are listed in
/// `baselineOnly` and `followUpOnly`, never silently dropped; every other figure is over the localities
/// that took part in both. Per theme, each locality's change is its mean follow-up rating minus its mean
/// baseline rating over the theme's items rated on the scale in both cycles (N/A and blanks left out, never
/// counted as zero); the theme's median change and Wilcoxon signed-rank test are over those localities.
public struct FollowUp: Sendable, Hashable {
    /// Whether and how far a locality carried out its local recommendations.
    public struct Implementation: Sendable, Hashable, Codable {
        /// The ONS code of the locality.
        public var localityCode: String
        /// The number of local recommendations completed, or `nil` when no action plan was imported.
        public var completed: Int?
        /// The number of local recommendations.
        public var total: Int

        /// A locality's implementation with the given content.
        public init(localityCode: String, completed: Int?, total: Int) {
            self.localityCode = localityCode
            self.completed = completed
            self.total = total
        }

        /// The share completed, from 0 to 1, or `nil` without an action plan (or without local recommendations).
        public var share: Double? {
            guard let completed, total > 0 else { return nil }
            return Double(completed) / Double(total)
        }
    }

    /// The framework both cycles use.
    public var frameworkID: String
    /// Localities with an assessment in the baseline only, by ONS code.
    public var baselineOnly: [String]
    /// Localities with an assessment in the follow-up only, by ONS code.
    public var followUpOnly: [String]
    /// Localities with an assessment in both cycles, by ONS code.
    public var paired: [String]
    /// Every paired locality's change on every assessed item, locality by locality in framework order.
    public var itemChanges: [ItemChange]
    /// One comparison per theme with assessed items, in framework order.
    public var themes: [ThemeComparison]
    /// Local recommendations implemented, one entry per paired locality.
    public var implementation: [Implementation]
    /// The regional recommendations' progress at follow-up.
    public var regional: ProgressSummary
    /// Indicator values present in both cycles, sorted by indicator and area.
    public var indicatorChanges: [IndicatorChange]
    /// Indicator values present in one cycle only, sorted by indicator and area.
    public var indicatorsInOneCycle: [IndicatorKey]

    /// Compares `followUp` with `baseline`.
    ///
    /// - Parameters:
    ///   - framework: The framework both cycles use.
    ///   - baseline: The baseline cycle's assessments (one per locality).
    ///   - followUp: The follow-up cycle's assessments (one per locality).
    ///   - actionStatuses: The localities' action statuses at follow-up, one per locality with a plan.
    ///   - regional: The regional recommendations as they stand at follow-up.
    ///   - baselineIndicators: Indicator values of the baseline cycle.
    ///   - followUpIndicators: Indicator values of the follow-up cycle.
    /// - Throws: `TrackingError.frameworkMismatch` when an assessment uses another framework.
    public init(
        framework: Framework, baseline: [SelfAssessment], followUp: [SelfAssessment],
        actionStatuses: [ActionStatus] = [], regional: [TrackedRecommendation] = [],
        baselineIndicators: [IndicatorKey: Double] = [:], followUpIndicators: [IndicatorKey: Double] = [:]
    ) throws {
        for assessment in baseline + followUp where assessment.frameworkID != framework.id {
            throw TrackingError.frameworkMismatch(
                file: assessment.localityCode, found: assessment.frameworkID, expected: framework.id)
        }
        frameworkID = framework.id
        let before = Dictionary(baseline.map { ($0.localityCode, $0) }) { _, later in later }
        let after = Dictionary(followUp.map { ($0.localityCode, $0) }) { _, later in later }
        baselineOnly = before.keys.filter { after[$0] == nil }.sorted()
        followUpOnly = after.keys.filter { before[$0] == nil }.sorted()
        let paired = before.keys.filter { after[$0] != nil }.sorted()
        self.paired = paired
        var changes: [ItemChange] = []
        for code in paired {
            for theme in framework.themes {
                for item in theme.assessedItems {
                    changes.append(
                        ItemChange(
                            localityCode: code, themeID: theme.id, itemID: item.id,
                            baseline: before[code]?.answer(itemID: item.id)?.rating,
                            followUp: after[code]?.answer(itemID: item.id)?.rating))
                }
            }
        }
        itemChanges = changes
        themes = framework.themes.filter { !$0.assessedItems.isEmpty }.map { theme in
            var localities: [ThemeComparison.LocalityChange] = []
            var unpaired: [String] = []
            for code in paired {
                let pairs = changes.filter { $0.localityCode == code && $0.themeID == theme.id }.compactMap { change in
                    change.baseline?.value.flatMap { old in change.followUp?.value.map { (old, $0) } }
                }
                guard !pairs.isEmpty else {
                    unpaired.append(code)
                    continue
                }
                let count = Double(pairs.count)
                localities.append(
                    ThemeComparison.LocalityChange(
                        localityCode: code, pairedItems: pairs.count,
                        baselineMean: Double(pairs.map(\.0).reduce(0, +)) / count,
                        followUpMean: Double(pairs.map(\.1).reduce(0, +)) / count))
            }
            return ThemeComparison(
                themeID: theme.id, themeName: theme.name, localities: localities, unpairedLocalities: unpaired)
        }
        let statuses = Dictionary(actionStatuses.map { ($0.localityCode, $0) }) { _, later in later }
        let localCount = framework.themes.flatMap(\.assessedItems).count
        implementation = paired.map { code in
            Implementation(
                localityCode: code, completed: statuses[code].map { $0.itemIDs(.completed).count }, total: localCount)
        }
        self.regional = ProgressSummary(group: "regional recommendations", recommendations: regional)
        indicatorChanges = baselineIndicators.keys.sorted().compactMap { key in
            guard let old = baselineIndicators[key], let new = followUpIndicators[key] else { return nil }
            return IndicatorChange(key: key, baseline: old, followUp: new)
        }
        indicatorsInOneCycle = Set(baselineIndicators.keys).symmetricDifference(followUpIndicators.keys).sorted()
    }

    /// The item changes of one locality.
    public func itemChanges(localityCode: String) -> [ItemChange] {
        itemChanges.filter { $0.localityCode == localityCode }
    }
}
