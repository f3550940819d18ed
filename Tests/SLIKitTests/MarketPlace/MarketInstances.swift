import ExampleCycleKit
import SLIKit

/// Builders for Market Place entries and random instances with a brute-force optimum.
enum MarketInstances {
    static func request(_ locality: String, _ theme: String = "t", item: String? = nil, title: String = "r")
        -> MarketPlaceEntry
    {
        MarketPlaceEntry(kind: .request, localityCode: locality, themeID: theme, itemID: item, title: title)
    }

    static func offer(
        _ locality: String, _ theme: String = "t", item: String? = nil, capacity: Int = 3, title: String = "o"
    ) -> MarketPlaceEntry {
        MarketPlaceEntry(
            kind: .offer, localityCode: locality, themeID: theme, itemID: item, title: title, capacity: capacity)
    }

    /// The objective of a plan: matches (more is better), crossings and the offering scores' total.
    struct Objective: Equatable, CustomStringConvertible {
        var matches: Int
        var crossings: Int
        var score: Double

        /// Whether `self` is strictly better than `other`.
        func isBetter(than other: Objective) -> Bool {
            if matches != other.matches { return matches > other.matches }
            if crossings != other.crossings { return crossings < other.crossings }
            return score > other.score
        }

        var description: String { "\(matches) matches, \(crossings) crossings, score \(score)" }
    }

    static func objective(of plan: MatchPlan, scores: [String: [String: Double]]) -> Objective {
        Objective(
            matches: plan.matches.count, crossings: plan.crossingCount,
            score: plan.matches.reduce(0) { $0 + (scores[$1.offer.localityCode]?[$1.offer.themeID] ?? 0) })
    }

    /// The best objective over every assignment of requests to offers that respects capacities.
    static func bruteForceOptimum(
        requests: [MarketPlaceEntry], offers: [MarketPlaceEntry], subRegions: [String: String],
        scores: [String: [String: Double]]
    ) -> Objective {
        var used = [Int](repeating: 0, count: offers.count)
        var best = Objective(matches: 0, crossings: 0, score: 0)
        func visit(_ index: Int, _ current: Objective) {
            if index == requests.count {
                if current.isBetter(than: best) { best = current }
                return
            }
            visit(index + 1, current)
            let request = requests[index]
            for (position, offer) in offers.enumerated()
            where used[position] < offer.capacity && MarketMatcher.isEligible(request: request, offer: offer) {
                used[position] += 1
                let crosses = subRegions[request.localityCode] != subRegions[offer.localityCode]
                visit(
                    index + 1,
                    Objective(
                        matches: current.matches + 1, crossings: current.crossings + (crosses ? 1 : 0),
                        score: current.score + (scores[offer.localityCode]?[offer.themeID] ?? 0)))
                used[position] -= 1
            }
        }
        visit(0, best)
        return best
    }

    /// A random instance: entries, sub-regions and whole-number scores.
    static func random(
        requests requestCount: Int, offers offerCount: Int, localities localityCount: Int, themes: [String],
        items: [String?], maximumCapacity: Int, using generator: inout SeededGenerator
    ) -> (entries: [MarketPlaceEntry], subRegions: [String: String], scores: [String: [String: Double]]) {
        let localities = (0..<localityCount).map { "E\(1000 + $0)" }
        var subRegions: [String: String] = [:]
        var scores: [String: [String: Double]] = [:]
        for (index, locality) in localities.enumerated() {
            subRegions[locality] = "s\(index % 2)"
            for theme in themes {
                scores[locality, default: [:]][theme] = Double(Int.random(in: 0...4, using: &generator))
            }
        }
        var entries: [MarketPlaceEntry] = []
        for index in 0..<requestCount {
            entries.append(
                request(
                    localities.randomElement(using: &generator) ?? "E1000",
                    themes.randomElement(using: &generator) ?? "t",
                    item: items.randomElement(using: &generator) ?? nil, title: "r\(index)"))
        }
        for index in 0..<offerCount {
            entries.append(
                offer(
                    localities.randomElement(using: &generator) ?? "E1000",
                    themes.randomElement(using: &generator) ?? "t",
                    item: items.randomElement(using: &generator) ?? nil,
                    capacity: Int.random(in: 1...maximumCapacity, using: &generator), title: "o\(index)"))
        }
        return (entries, subRegions, scores)
    }
}
