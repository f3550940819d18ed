import SLIKit

/// The fields every stored Market Place entry has, whichever table holds it (a submission's entries or
/// those imported or added on the day).
protocol StoredMarketEntry {
    var kind: MarketPlaceEntry.Kind { get }
    var localityCode: String { get }
    var themeID: String { get }
    var itemID: String? { get }
    var title: String { get }
    var description: String { get }
    var capacity: Int { get }
    var source: String? { get }
}

extension StoredMarketEntry {
    /// The entry the record holds, its capacity brought within 1 to ``MarketPlaceEntry/maximumCapacity``
    /// (a store written before the limit may hold a larger one, which would overflow the matcher's sums).
    var entry: MarketPlaceEntry {
        MarketPlaceEntry(
            kind: kind, localityCode: localityCode, themeID: themeID, itemID: itemID, title: title,
            description: description, capacity: min(max(capacity, 1), MarketPlaceEntry.maximumCapacity),
            source: source)
    }
}
