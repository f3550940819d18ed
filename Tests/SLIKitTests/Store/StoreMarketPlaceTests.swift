import Foundation
import Testing

@testable import SLIKit
@testable import SQLiteStore

@Suite("Store Market Place")
struct StoreMarketPlaceTests {
    @Test func takesWorkbookEntriesAndAddedOnesAsTheCyclesMarket() async throws {
        let store = try Store(path: StoreFixture().path)
        let cycle = try await store.createCycle(name: "nw-2016", regionID: "north-west", frameworkID: "f")
        let other = try await store.createCycle(name: "nw-2017", regionID: "north-west", frameworkID: "f")
        _ = try await store.record(StoreFixture.incoming(cycle: cycle, bytes: "bolton"))
        let added = [
            MarketPlaceEntry(kind: .request, localityCode: "E08000002", themeID: "co-sleeping", title: "Help"),
            MarketPlaceEntry(
                kind: .offer, localityCode: "E08000003", themeID: "smoking", itemID: "L3", title: "Quit", capacity: 1,
                source: "market.csv line 2"),
        ]
        try await store.addMarketEntries(added, cycleID: cycle.id)
        try await store.addMarketEntries([added[0]], cycleID: other.id)
        await #expect(try store.addedMarketEntries(cycleID: cycle.id) == added)
        await #expect(try store.marketEntries(cycleID: cycle.id) == StoreFixture.assessment().marketPlace + added)
        await #expect(try store.marketEntries(cycleID: other.id) == [added[0]])
        await #expect(try store.appliedMigrations().contains("createMarketEntries"))
        await #expect(throws: StoreError.unknownCycle("99")) { try await store.addMarketEntries(added, cycleID: 99) }
    }

    @Test func aCapacityStoredBeforeTheLimitIsReadWithinIt() async throws {
        let store = try Store(path: StoreFixture().path)
        let cycle = try await store.createCycle(name: "nw-2016", regionID: "north-west", frameworkID: "f")
        let huge = MarketPlaceEntry(
            kind: .offer, localityCode: "E08000004", themeID: "cdop", title: "Everything", capacity: Int.max)
        try await store.addMarketEntries([huge], cycleID: cycle.id)
        await #expect(try store.addedMarketEntries(cycleID: cycle.id).map(\.capacity) == [100])
        let request = MarketPlaceEntry(kind: .request, localityCode: "E08000005", themeID: "cdop", title: "Help")
        let plan = await MarketMatcher(subRegions: [:]).match(
            try store.addedMarketEntries(cycleID: cycle.id) + [request])
        #expect(plan.matches.count == 1)
        await #expect(
            try store.removeAddedMarketEntries(cycleID: cycle.id, localityCode: "E08000004", title: "everything ").map(
                \.title) == ["Everything"])
        await #expect(try store.addedMarketEntries(cycleID: cycle.id).isEmpty)
    }
}
