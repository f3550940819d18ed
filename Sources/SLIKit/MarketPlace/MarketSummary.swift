/// What a cycle's Market Place holds: requests and offers by theme and by locality, where requests most
/// outnumber offers, and which localities only ask or only offer.
public struct MarketSummary: Sendable, Hashable, Codable {
    /// The requests and offers under one key (a theme identifier or a locality code).
    public struct Tally: Sendable, Hashable, Codable {
        /// The theme identifier or locality code.
        public var key: String
        /// How many requests.
        public var requests: Int
        /// How many offers.
        public var offers: Int
        /// How many localities the offers can support in all.
        public var capacity: Int

        /// A tally with the given counts.
        public init(key: String, requests: Int = 0, offers: Int = 0, capacity: Int = 0) {
            self.key = key
            self.requests = requests
            self.offers = offers
            self.capacity = capacity
        }
    }

    /// Requests and offers per theme, by theme identifier.
    public var byTheme: [Tally]
    /// Requests and offers per locality, by locality code.
    public var byLocality: [Tally]
    /// The themes with more requests than offers, the largest excess of requests over offers first.
    public var shortfalls: [Tally]
    /// The localities that made requests but no offer, by code.
    public var onlyAsking: [String]
    /// The localities that made offers but no request, by code.
    public var onlyOffering: [String]

    /// The summary of `entries`.
    public init(entries: [MarketPlaceEntry]) {
        func tallies(_ key: (MarketPlaceEntry) -> String) -> [Tally] {
            var byKey: [String: Tally] = [:]
            for entry in entries {
                let name = key(entry)
                var tally = byKey[name] ?? Tally(key: name)
                switch entry.kind {
                case .request: tally.requests += 1
                case .offer:
                    tally.offers += 1
                    tally.capacity += max(0, entry.capacity)
                }
                byKey[name] = tally
            }
            return byKey.values.sorted { $0.key < $1.key }
        }
        byTheme = tallies(\.themeID)
        byLocality = tallies(\.localityCode)
        shortfalls = byTheme.filter { $0.requests > $0.offers }.sorted {
            ($0.requests - $0.offers, $1.key) > ($1.requests - $1.offers, $0.key)
        }
        onlyAsking = byLocality.filter { $0.offers == 0 }.map(\.key)
        onlyOffering = byLocality.filter { $0.requests == 0 }.map(\.key)
    }

    /// How many requests in all.
    public var requestCount: Int { byTheme.reduce(0) { $0 + $1.requests } }
    /// How many offers in all.
    public var offerCount: Int { byTheme.reduce(0) { $0 + $1.offers } }
}
