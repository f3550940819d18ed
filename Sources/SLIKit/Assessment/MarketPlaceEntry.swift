/// An offer of support or a request for information made for the Market Place.
public struct MarketPlaceEntry: Sendable, Hashable, Codable {
    /// Whether the locality offers or asks.
    public enum Kind: String, Sendable, Hashable, Codable, CaseIterable {
        /// Good practice or support the locality can give.
        case offer
        /// Information or support the locality would like.
        case request
    }

    /// Offer or request.
    public var kind: Kind
    /// The ONS code of the locality making it.
    public var localityCode: String
    /// The theme it is about.
    public var themeID: String
    /// The item it is about, when it names one.
    public var itemID: String?
    /// A short title.
    public var title: String
    /// The detail.
    public var description: String
    /// For an offer, how many localities it can support (3 unless given).
    public var capacity: Int

    /// The most localities one offer may say it supports: more than any region has, and small enough that
    /// the matcher's sums never overflow.
    public static let maximumCapacity = 100
    /// Where it was read from (`Market Place!B7`, `offers.csv line 4`), when it came from a file.
    public var source: String?

    /// An entry with the given content.
    public init(
        kind: Kind, localityCode: String, themeID: String, itemID: String? = nil, title: String,
        description: String = "", capacity: Int = 3, source: String? = nil
    ) {
        self.kind = kind
        self.localityCode = localityCode
        self.themeID = themeID
        self.itemID = itemID
        self.title = title
        self.description = description
        self.capacity = capacity
        self.source = source
    }
}
