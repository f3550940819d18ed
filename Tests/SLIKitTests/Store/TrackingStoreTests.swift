import Foundation
import GRDB
import Testing

@testable import SLIKit
@testable import SQLiteStore

@Suite("Tracking in the store")
struct TrackingStoreTests {
    @Test func keepsRecommendationUpdatesInRecordingOrderAndNeverChangesThem() async throws {
        let fixture = try StoreFixture()
        let store = try Store(path: fixture.path)
        let cycle = try await store.createCycle(name: "nw-2016", regionID: "north-west", frameworkID: "test-tracking")
        let first = RecommendationUpdate(
            recommendationID: "R1", status: .inProgress, date: TrackingFixtures.day(2017, 3, 1), author: "CDOP chair",
            note: "drafted", evidence: "https://example.org/minutes", dueDate: TrackingFixtures.day(2017, 6, 30))
        let second = RecommendationUpdate(
            recommendationID: "R3", status: .notTakenForward, date: TrackingFixtures.day(2017, 2, 1), author: "PHE",
            reason: "national scheme")
        try await store.recordRecommendationUpdates([first], cycleID: cycle.id)
        try await store.recordRecommendationUpdates([second], cycleID: cycle.id)
        await #expect(try store.recommendationUpdates(cycleID: cycle.id) == [first, second])
        let other = try await store.createCycle(name: "nw-2017", regionID: "north-west", frameworkID: "test-tracking")
        await #expect(try store.recommendationUpdates(cycleID: other.id) == [])
        let applied = try await store.appliedMigrations()
        #expect(
            applied.firstIndex(of: "createTracking") == StoreMigration.all.firstIndex { $0.name == "createTracking" })
        let queue = try DatabaseQueue(path: fixture.path)
        #expect(throws: DatabaseError.self) {
            try queue.write { db in try db.execute(sql: "UPDATE recommendationUpdate SET status = 'completed'") }
        }
    }

    @Test func givesTheLatestImportedPlanOfEachLocality() async throws {
        let fixture = try StoreFixture()
        let store = try Store(path: fixture.path)
        let cycle = try await store.createCycle(name: "nw-2016", regionID: "north-west", frameworkID: "test-tracking")
        let plan = try ActionPlanImport(framework: TrackingFixtures.framework)
            .read(TrackingFixtures.workbook("messy-plan.csv"), fileName: "messy-plan.csv")
        var shorter = plan
        shorter.actions = Array(plan.actions.prefix(2))
        try await store.recordActionPlan(plan, cycleID: cycle.id, localityCode: "E08000001")
        try await store.recordActionPlan(shorter, cycleID: cycle.id, localityCode: "E08000001")
        try await store.recordActionPlan(plan, cycleID: cycle.id, localityCode: "E08000002")
        let actions = try await store.currentActions(cycleID: cycle.id)
        #expect(actions["E08000001"] == shorter.actions)
        #expect(actions["E08000002"] == plan.actions)
        #expect(actions["E08000002"]?[3].link == .matchedText(score: 0.8))
    }
}
