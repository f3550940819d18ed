/// One theme's change across the localities that took part in both cycles.
public struct ThemeComparison: Sendable, Hashable {
    /// One locality's change in the theme.
    public struct LocalityChange: Sendable, Hashable, Codable {
        /// The ONS code of the locality.
        public var localityCode: String
        /// The number of items rated on the scale in both cycles.
        public var pairedItems: Int
        /// The mean baseline rating over those items.
        public var baselineMean: Double
        /// The mean follow-up rating over those items.
        public var followUpMean: Double

        /// A locality's change with the given content.
        public init(localityCode: String, pairedItems: Int, baselineMean: Double, followUpMean: Double) {
            self.localityCode = localityCode
            self.pairedItems = pairedItems
            self.baselineMean = baselineMean
            self.followUpMean = followUpMean
        }

        /// Follow-up mean minus baseline mean.
        public var change: Double { followUpMean - baselineMean }
    }

    /// The theme's identifier.
    public var themeID: String
    /// The theme's name.
    public var themeName: String
    /// One entry per locality with at least one item rated on the scale in both cycles.
    public var localities: [LocalityChange]
    /// Localities in both cycles with no item of the theme rated on the scale in both.
    public var unpairedLocalities: [String]
    /// The Wilcoxon signed-rank test on the localities' changes.
    public var test: WilcoxonSignedRank

    /// A theme's comparison with the given content; the test is run on the localities' changes.
    public init(themeID: String, themeName: String, localities: [LocalityChange], unpairedLocalities: [String]) {
        self.themeID = themeID
        self.themeName = themeName
        self.localities = localities
        self.unpairedLocalities = unpairedLocalities
        test = WilcoxonSignedRank(differences: localities.map(\.change))
    }

    /// The median of the localities' changes, or `nil` when there are none.
    public var medianChange: Double? {
        let sorted = localities.map(\.change).sorted()
        guard !sorted.isEmpty else { return nil }
        let middle = sorted.count / 2
        return sorted.count % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2
    }
}
