import Testing

@testable import ExampleCycleKit
@testable import SLIKit

@Suite("MarketMatcher")
struct MarketMatcherTests {
    typealias Build = MarketInstances

    /// The first eligible offer in stable order, taken request by request: the answer to beat.
    static func firstFit(_ entries: [MarketPlaceEntry]) -> Int {
        let requests = entries.filter { $0.kind == .request }
        let offers = entries.filter { $0.kind == .offer }
        var used = [Int](repeating: 0, count: offers.count)
        var matched = 0
        for request in requests {
            if let position = offers.indices.first(where: {
                used[$0] < offers[$0].capacity && MarketMatcher.isEligible(request: request, offer: offers[$0])
            }) {
                used[position] += 1
                matched += 1
            }
        }
        return matched
    }

    @Test func matchesMoreRequestsThanFirstFit() {
        let entries = [
            Build.request("E01", item: nil, title: "any advice"),
            Build.request("E02", item: "x", title: "advice on x"),
            Build.offer("E03", item: nil, capacity: 1),
            Build.offer("E04", item: "y", capacity: 1),
        ]
        #expect(Self.firstFit(entries) == 1)
        let plan = MarketMatcher(subRegions: [:]).match(entries)
        #expect(plan.matches.count == 2)
        let pairs = plan.matches.map { [$0.request.localityCode, $0.offer.localityCode] }
        #expect(pairs == [["E01", "E04"], ["E02", "E03"]])
        #expect(plan.unmatched.isEmpty)
    }

    @Test func crossesFewerSubRegionsThanNearestFirst() {
        // Taking the first offer in the own sub-region for E01 leaves E02 only an offer across.
        let subRegions = ["E01": "north", "E02": "north", "E03": "north", "E04": "north", "E05": "south"]
        let entries = [
            Build.request("E01", item: nil),
            Build.request("E02", item: "b"),
            Build.offer("E03", item: nil, capacity: 1),
            Build.offer("E04", item: "a", capacity: 1),
            Build.offer("E05", item: nil, capacity: 1),
        ]
        let plan = MarketMatcher(subRegions: subRegions).match(entries)
        #expect(plan.matches.count == 2)
        #expect(plan.crossingCount == 0)
        let pairs = plan.matches.map { [$0.request.localityCode, $0.offer.localityCode] }
        #expect(pairs == [["E01", "E04"], ["E02", "E03"]])
        #expect(plan.offerUse.map(\.used) == [1, 1, 0])
    }

    @Test func prefersTheHigherScoringOfferingLocality() {
        let entries = [Build.request("E01"), Build.offer("E02", capacity: 1), Build.offer("E03", capacity: 1)]
        let scores: [String: [String: Double]] = ["E02": ["t": 1.5], "E03": ["t": 3.25]]
        let plan = MarketMatcher(subRegions: [:], scores: scores).match(entries)
        #expect(plan.matches.map(\.offer.localityCode) == ["E03"])
        let unscored = MarketMatcher(subRegions: [:], scores: ["E02": ["t": 0]]).match(entries)
        #expect(unscored.matches.map(\.offer.localityCode) == ["E02"])
    }

    @Test func keepsToSubRegionBeforeScore() {
        let subRegions = ["E01": "north", "E02": "north", "E03": "south"]
        let entries = [Build.request("E01"), Build.offer("E02", capacity: 1), Build.offer("E03", capacity: 1)]
        let scores: [String: [String: Double]] = ["E02": ["t": 0], "E03": ["t": 4]]
        let plan = MarketMatcher(subRegions: subRegions, scores: scores).match(entries)
        #expect(plan.matches.map(\.offer.localityCode) == ["E02"])
        #expect(plan.crossingCount == 0)
    }

    @Test func respectsCapacityAndGivesReasons() {
        let entries = [
            Build.request("E01", "t"), Build.request("E02", "t"), Build.request("E03", "t"),
            Build.request("E04", "u"), Build.request("E05", "t", item: "z"), Build.request("E06", "v"),
            Build.offer("E09", "t", item: "a", capacity: 2), Build.offer("E06", "v"),
        ]
        let plan = MarketMatcher(subRegions: [:]).match(entries)
        #expect(plan.matches.count == 2)
        #expect(plan.offerUse.map(\.used) == [2, 0])
        let reasons = plan.unmatched.map { "\($0.request.localityCode): \($0.reason)" }
        #expect(
            reasons == [
                "E03: every offer that fits is full", "E05: no offer on this item", "E04: no offer on this theme",
                "E06: the only offers on it are the locality's own",
            ])
    }

    @Test func neverPairsALocalityWithItself() {
        let entries = [Build.request("E01"), Build.request("E01"), Build.offer("E01"), Build.offer("E02", capacity: 1)]
        let plan = MarketMatcher(subRegions: [:]).match(entries)
        #expect(plan.matches.map(\.offer.localityCode) == ["E02"])
        #expect(plan.unmatched.map(\.reason) == [.eligibleOffersFull])
    }

    @Test func givesTheSamePlanForShuffledInput() {
        var generator = SeededGenerator(seed: 7)
        let instance = Build.random(
            requests: 60, offers: 15, localities: 9, themes: ["t", "u"], items: [nil, "a", "b"], maximumCapacity: 3,
            using: &generator)
        let matcher = MarketMatcher(subRegions: instance.subRegions, scores: instance.scores)
        let plan = matcher.match(instance.entries)
        for _ in 0..<5 {
            #expect(matcher.match(instance.entries.shuffled(using: &generator)) == plan)
        }
    }

    @Test(arguments: 0..<150)
    func equalsTheBruteForceOptimum(seed: Int) throws {
        var generator = SeededGenerator(seed: UInt64(seed))
        let instance = Build.random(
            requests: Int.random(in: 1...6, using: &generator), offers: Int.random(in: 1...3, using: &generator),
            localities: 4, themes: ["t", "u"], items: [nil, "a", "b"], maximumCapacity: 2, using: &generator)
        let requests = instance.entries.filter { $0.kind == .request }
        let offers = instance.entries.filter { $0.kind == .offer }
        let plan = MarketMatcher(subRegions: instance.subRegions, scores: instance.scores).match(instance.entries)
        let optimum = Build.bruteForceOptimum(
            requests: requests, offers: offers, subRegions: instance.subRegions, scores: instance.scores)
        #expect(Build.objective(of: plan, scores: instance.scores) == optimum)
        for match in plan.matches {
            #expect(MarketMatcher.isEligible(request: match.request, offer: match.offer))
        }
        for use in plan.offerUse { #expect(use.used <= use.offer.capacity) }
        #expect(plan.matches.count + plan.unmatched.count == requests.count)
    }
}
