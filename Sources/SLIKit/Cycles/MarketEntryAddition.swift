import Foundation

/// A Market Place offer or request imported or added on the day, with when it was added.
public struct MarketEntryAddition: Sendable, Hashable {
    /// The offer or request.
    public var entry: MarketPlaceEntry
    /// When it was added.
    public var addedAt: Date

    /// An addition with the given content.
    public init(entry: MarketPlaceEntry, addedAt: Date) {
        self.entry = entry
        self.addedAt = addedAt
    }
}
