/// The Market Place plan: which request goes to which offer, which requests stayed unmatched and why,
/// and how much of each offer is used.
public struct MatchPlan: Sendable, Hashable, Codable {
    /// A request paired with an offer: the requesting locality contacts the offering one.
    public struct Match: Sendable, Hashable, Codable {
        /// The request.
        public var request: MarketPlaceEntry
        /// The offer that will answer it.
        public var offer: MarketPlaceEntry
        /// Whether the two localities are in different sub-regions.
        public var crossesSubRegion: Bool

        /// A match of `request` to `offer`.
        public init(request: MarketPlaceEntry, offer: MarketPlaceEntry, crossesSubRegion: Bool) {
            self.request = request
            self.offer = offer
            self.crossesSubRegion = crossesSubRegion
        }
    }

    /// Why a request stayed unmatched.
    public enum Reason: String, Sendable, Hashable, Codable, CaseIterable, CustomStringConvertible {
        /// No locality offered anything on the request's theme.
        case noOfferOnTheme = "no-offer-on-theme"
        /// Offers exist on the theme, but each names another item than the request.
        case noOfferOnItem = "no-offer-on-item"
        /// The only offers that fit come from the requesting locality itself.
        case onlyOwnOffers = "only-own-offers"
        /// Offers fit, but every one of them is used to capacity by other requests.
        case eligibleOffersFull = "eligible-offers-full"

        /// The reason in words.
        public var description: String {
            switch self {
            case .noOfferOnTheme: "no offer on this theme"
            case .noOfferOnItem: "no offer on this item"
            case .onlyOwnOffers: "the only offers on it are the locality's own"
            case .eligibleOffersFull: "every offer that fits is full"
            }
        }
    }

    /// A request that stayed unmatched, with the reason.
    public struct Unmatched: Sendable, Hashable, Codable {
        /// The request.
        public var request: MarketPlaceEntry
        /// Why no offer was given to it.
        public var reason: Reason

        /// An unmatched request with its reason.
        public init(request: MarketPlaceEntry, reason: Reason) {
            self.request = request
            self.reason = reason
        }
    }

    /// How much of an offer the plan uses.
    public struct OfferUse: Sendable, Hashable, Codable {
        /// The offer.
        public var offer: MarketPlaceEntry
        /// How many requests it answers (never more than its capacity).
        public var used: Int

        /// The use of `offer` by `used` requests.
        public init(offer: MarketPlaceEntry, used: Int) {
            self.offer = offer
            self.used = used
        }
    }

    /// The matches, in the stable order of their requests.
    public var matches: [Match]
    /// The requests left unmatched, in their stable order.
    public var unmatched: [Unmatched]
    /// Every offer with how much of it is used, in the stable order of offers.
    public var offerUse: [OfferUse]

    /// A plan with the given content.
    public init(matches: [Match] = [], unmatched: [Unmatched] = [], offerUse: [OfferUse] = []) {
        self.matches = matches
        self.unmatched = unmatched
        self.offerUse = offerUse
    }

    /// How many matches cross sub-regions.
    public var crossingCount: Int { matches.count { $0.crossesSubRegion } }
}
