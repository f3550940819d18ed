/// Assigns Market Place requests to offers exactly, as a minimum-cost maximum flow.
///
/// A request and an offer are eligible for each other when they are on the same theme, come from
/// different localities, and name the same item when both name one. Among all assignments that
/// respect every offer's capacity, the matcher picks, in this order of priority:
/// 1. as many matched requests as possible;
/// 2. among those, the fewest matches that cross sub-regions;
/// 3. then the highest total self-assessed score, on the theme, of the offering localities;
/// 4. then offers earlier in the stable order of entries (by locality code, item, title).
///
/// The input is sorted into a stable order first and the solver runs deterministically on it, so the
/// same entries always give the same plan, whatever order they come in.
public struct MarketMatcher: Sendable {
    /// The sub-region of each locality, by ONS code.
    ///
    /// A locality not listed counts as a sub-region of its own, so its matches always cross.
    public var subRegions: [String: String]
    /// Self-assessed scores: locality code, then theme identifier, then score (higher is better).
    ///
    /// A locality without a score on a theme counts as one point below the lowest score given on it.
    public var scores: [String: [String: Double]]

    /// A matcher for localities in the given sub-regions, preferring offers by the given scores.
    public init(subRegions: [String: String], scores: [String: [String: Double]] = [:]) {
        self.subRegions = subRegions
        self.scores = scores
    }

    /// A matcher for the localities of `region`, preferring offers by the given scores.
    public init(region: Region, scores: [String: [String: Double]] = [:]) {
        var subRegions: [String: String] = [:]
        for locality in region.localities where subRegions[locality.code] == nil {
            subRegions[locality.code] = locality.subRegion
        }
        self.init(subRegions: subRegions, scores: scores)
    }

    /// The sub-region of the locality with code `code`.
    public func subRegion(of code: String) -> String {
        subRegions[code] ?? "locality " + code
    }

    /// Matches the requests among `entries` to the offers among them.
    ///
    /// - Complexity: a minimum-cost flow per theme on a network of O(L + E) nodes and edges, for L
    ///   locality-item classes and E entries.
    public func match(_ entries: [MarketPlaceEntry]) -> MatchPlan {
        let keys = entries.map(\.stableKey)
        let sorted = entries.indices.sorted { keys[$0].lexicographicallyPrecedes(keys[$1]) }.map { entries[$0] }
        let requests = sorted.filter { $0.kind == .request }
        let offers = sorted.filter { $0.kind == .offer }
        let requestsByTheme = Dictionary(grouping: requests.indices) { requests[$0].themeID }
        let offersByTheme = Dictionary(grouping: offers.indices) { offers[$0].themeID }

        var assigned = [Int?](repeating: nil, count: requests.count)
        for (theme, requestIndexes) in requestsByTheme {
            let offerIndexes = offersByTheme[theme] ?? []
            if offerIndexes.isEmpty { continue }
            let deficits = scoreDeficits(theme: theme, localities: offerIndexes.map { offers[$0].localityCode })
            let matching = ThemeMatching(
                requests: requestIndexes.map { requests[$0] }, offers: offerIndexes.map { offers[$0] },
                subRegion: subRegion(of:), scoreDeficit: { deficits[$0] ?? 0 })
            for (position, offer) in matching.assignments().enumerated() {
                if let offer { assigned[requestIndexes[position]] = offerIndexes[offer] }
            }
        }

        var offeringLocalities: [String: [String?: Set<String>]] = [:]
        for offer in offers {
            offeringLocalities[offer.themeID, default: [:]][offer.itemID, default: []].insert(offer.localityCode)
        }
        var plan = MatchPlan()
        var used = [Int](repeating: 0, count: offers.count)
        for (index, request) in requests.enumerated() {
            if let offerIndex = assigned[index] {
                let offer = offers[offerIndex]
                used[offerIndex] += 1
                plan.matches.append(
                    MatchPlan.Match(
                        request: request, offer: offer,
                        crossesSubRegion: subRegion(of: request.localityCode) != subRegion(of: offer.localityCode)))
            } else {
                let reason = Self.reason(request, offeringLocalities: offeringLocalities[request.themeID] ?? [:])
                plan.unmatched.append(MatchPlan.Unmatched(request: request, reason: reason))
            }
        }
        plan.offerUse = offers.indices.map { MatchPlan.OfferUse(offer: offers[$0], used: used[$0]) }
        return plan
    }

    /// Whether `request` and `offer` may be matched: same theme, different localities, compatible items.
    public static func isEligible(request: MarketPlaceEntry, offer: MarketPlaceEntry) -> Bool {
        request.themeID == offer.themeID && request.localityCode != offer.localityCode
            && (request.itemID == nil || offer.itemID == nil || request.itemID == offer.itemID)
    }

    /// How far each offering locality's score on `theme` falls below the best one, in thousandths.
    func scoreDeficits(theme: String, localities: [String]) -> [String: Int] {
        let known = localities.compactMap { locality in scores[locality]?[theme].flatMap { $0.isFinite ? $0 : nil } }
        guard let best = known.max(), let lowest = known.min() else { return [:] }
        let missing = Int(((best - lowest + 1) * 1000).rounded())
        var deficits: [String: Int] = [:]
        for locality in localities {
            if let score = scores[locality]?[theme], score.isFinite {
                deficits[locality] = Int(((best - score) * 1000).rounded())
            } else {
                deficits[locality] = missing
            }
        }
        return deficits
    }

    /// Why `request` could not be matched, given the localities offering on its theme, by item.
    private static func reason(
        _ request: MarketPlaceEntry, offeringLocalities: [String?: Set<String>]
    ) -> MatchPlan.Reason {
        if offeringLocalities.isEmpty { return .noOfferOnTheme }
        let onItem = offeringLocalities.filter { item, _ in
            request.itemID == nil || item == nil || item == request.itemID
        }
        if onItem.isEmpty { return .noOfferOnItem }
        if onItem.values.allSatisfy({ $0 == [request.localityCode] }) { return .onlyOwnOffers }
        return .eligibleOffersFull
    }
}
