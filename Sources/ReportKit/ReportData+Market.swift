import Foundation
import SLIKit

extension ReportData {
    /// Fills ``market`` with the cycle's requests and offers counted by theme and the matcher's pairings.
    mutating func addMarket(entries: [MarketPlaceEntry], plan: MatchPlan) {
        let summary = MarketSummary(entries: entries)
        let order = Dictionary(themes.enumerated().map { ($0.element.id, $0.offset) }) { first, _ in first }
        let counts = summary.byTheme.sorted { (order[$0.key] ?? Int.max, $0.key) < (order[$1.key] ?? Int.max, $1.key) }
        market = ReportMarket(
            requests: summary.requestCount, offers: summary.offerCount,
            matchedRequests: plan.matches.count,
            themeCounts: counts.map {
                ReportMarketThemeCount(themeID: $0.key, requests: $0.requests, offers: $0.offers)
            },
            pairings: plan.matches.map { match in
                ReportMarketPairing(
                    requesterCode: match.request.localityCode, providerCode: match.offer.localityCode,
                    themeID: match.request.themeID, topic: match.offer.title)
            })
    }
}
