import Foundation
import Testing

@testable import SLIKit
@testable import SQLiteStore

@Suite("Store Market Place")
struct StoreMarketPlaceTests {
    @Test func takesWorkbookEntriesAndAddedOnesAsTheCyclesMarket() throws {
        let store = try Store(path: StoreFixture().path)
        let cycle = try store.createCycle(name: "nw-2016", regionID: "north-west", frameworkID: "f")
        let other = try store.createCycle(name: "nw-2017", regionID: "north-west", frameworkID: "f")
        _ = try store.record(StoreFixture.incoming(cycle: cycle, bytes: "bolton"))
        let added = [
            MarketPlaceEntry(kind: .request, localityCode: "E08000002", themeID: "co-sleeping", title: "Help"),
            MarketPlaceEntry(
                kind: .offer, localityCode: "E08000003", themeID: "smoking", itemID: "L3", title: "Quit", capacity: 1,
                source: "market.csv line 2"),
        ]
        try store.addMarketEntries(added, cycleID: cycle.id)
        try store.addMarketEntries([added[0]], cycleID: other.id)
        #expect(try store.addedMarketEntries(cycleID: cycle.id) == added)
        #expect(try store.marketEntries(cycleID: cycle.id) == StoreFixture.assessment().marketPlace + added)
        #expect(try store.marketEntries(cycleID: other.id) == [added[0]])
        #expect(try store.appliedMigrations().contains("createMarketEntries"))
        #expect(throws: StoreError.unknownCycle("99")) { try store.addMarketEntries(added, cycleID: 99) }
    }

    @Test func aCapacityStoredBeforeTheLimitIsReadWithinIt() throws {
        let store = try Store(path: StoreFixture().path)
        let cycle = try store.createCycle(name: "nw-2016", regionID: "north-west", frameworkID: "f")
        let huge = MarketPlaceEntry(
            kind: .offer, localityCode: "E08000004", themeID: "cdop", title: "Everything", capacity: Int.max)
        try store.addMarketEntries([huge], cycleID: cycle.id)
        #expect(try store.addedMarketEntries(cycleID: cycle.id).map(\.capacity) == [100])
        let request = MarketPlaceEntry(kind: .request, localityCode: "E08000005", themeID: "cdop", title: "Help")
        let plan = MarketMatcher(subRegions: [:]).match(try store.addedMarketEntries(cycleID: cycle.id) + [request])
        #expect(plan.matches.count == 1)
        #expect(
            try store.removeAddedMarketEntries(cycleID: cycle.id, localityCode: "E08000004", title: "everything ").map(
                \.title) == ["Everything"])
        #expect(try store.addedMarketEntries(cycleID: cycle.id).isEmpty)
    }
}
