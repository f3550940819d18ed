extension MarketPlaceEntry {
    /// Every field as text, so that two entries have the same key only when they are equal.
    ///
    /// Keys compared lexicographically give the stable order of entries: by kind, theme, locality,
    /// item, then the remaining fields. The matcher sorts its input by this order first, so that the
    /// plan does not depend on the order entries were read or added in.
    var stableKey: [String] {
        [
            kind.rawValue, themeID, localityCode, itemID.map { "=" + $0 } ?? "", title, description,
            String(capacity), source.map { "=" + $0 } ?? "",
        ]
    }
}
