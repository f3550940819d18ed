extension MatchPlan {
    /// The matches grouped by theme, themes in identifier order, matches in plan order.
    public var matchesByTheme: [(themeID: String, matches: [Match])] {
        Dictionary(grouping: matches, by: \.request.themeID).sorted { $0.key < $1.key }.map {
            (themeID: $0.key, matches: $0.value)
        }
    }
}
