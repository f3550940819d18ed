/// The scores of a cycle's participating localities and the region's picture across them.
public struct ScoreCard: Sendable, Hashable, Codable {
    /// The framework scored against.
    public var frameworkID: String
    /// The lowest value on the framework's scale.
    public var scaleMinimum: Int
    /// The highest value on the framework's scale (100% of a score).
    public var scaleMaximum: Int
    /// One entry per locality, ordered by ONS code.
    public var localities: [LocalityScore]
    /// The regional picture per theme, in framework order.
    public var themes: [ThemeSummary]
    /// The regional picture per assessed item, in framework order.
    public var items: [ItemSummary]
    /// The distribution of overall scores, or `nil` when no locality has one.
    public var overall: Distribution?

    /// A score card with the given content.
    public init(
        frameworkID: String, scaleMinimum: Int, scaleMaximum: Int, localities: [LocalityScore],
        themes: [ThemeSummary], items: [ItemSummary], overall: Distribution?
    ) {
        self.frameworkID = frameworkID
        self.scaleMinimum = scaleMinimum
        self.scaleMaximum = scaleMaximum
        self.localities = localities
        self.themes = themes
        self.items = items
        self.overall = overall
    }

    /// The scores of the locality with ONS code `code`, or `nil`.
    public func locality(code: String) -> LocalityScore? { localities.first { $0.localityCode == code } }

    /// The regional picture of `themeID`, or `nil`.
    public func theme(_ themeID: String) -> ThemeSummary? { themes.first { $0.themeID == themeID } }

    /// The regional picture of `itemID`, or `nil`.
    public func item(_ itemID: String) -> ItemSummary? { items.first { $0.itemID == itemID } }

    /// The items where the region as a whole is weakest: lowest mean rating first.
    ///
    /// Items nobody rated are left out. Items are ordered by mean rating, then median, then framework
    /// order; the list holds `limit` items plus any that tie with the last one.
    public func weakestItems(limit: Int = 5) -> [ItemSummary] {
        let rated = items.enumerated().compactMap { entry in
            entry.element.distribution.map { (offset: entry.offset, summary: entry.element, distribution: $0) }
        }
        let ordered = rated.sorted { left, right in
            if abs(left.distribution.mean - right.distribution.mean) > Scorer.tolerance {
                return left.distribution.mean < right.distribution.mean
            }
            if abs(left.distribution.median - right.distribution.median) > Scorer.tolerance {
                return left.distribution.median < right.distribution.median
            }
            return left.offset < right.offset
        }
        guard limit > 0 else { return [] }
        guard ordered.count > limit else { return ordered.map(\.summary) }
        let last = ordered[limit - 1].distribution
        return ordered.enumerated().filter { entry in
            entry.offset < limit
                || (abs(entry.element.distribution.mean - last.mean) <= Scorer.tolerance
                    && abs(entry.element.distribution.median - last.median) <= Scorer.tolerance)
        }.map(\.element.summary)
    }
}
