import Foundation
import Testing

@testable import SLIKit
@testable import SQLiteStore

@Suite("Store concurrency")
struct StoreConcurrencyTests {
    @Test func severalConnectionsCreateAndMigrateOneStoreAtOnce() async throws {
        let fixture = try StoreFixture()
        let path = fixture.path
        let opened = try await withThrowingTaskGroup(of: [String].self) { group in
            for _ in 0..<4 {
                group.addTask { try await Store(path: path).appliedMigrations() }
            }
            return try await group.reduce(into: []) { $0.append($1) }
        }
        #expect(opened.count == 4)
        #expect(opened.allSatisfy { $0 == StoreMigration.all.map(\.name) })
    }

    @Test func writersOnSeparateConnectionsNumberVersionsWithoutGaps() async throws {
        let fixture = try StoreFixture()
        let cycle = try await Store(path: fixture.path).createCycle(
            name: "nw-2016", regionID: "north-west", frameworkID: "f")
        let path = fixture.path
        try await withThrowingTaskGroup(of: Void.self) { group in
            for writer in 0..<2 {
                group.addTask {
                    let store = try Store(path: path)
                    for file in 0..<10 {
                        _ = try await store.record(
                            StoreFixture.incoming(cycle: cycle, bytes: "writer \(writer) file \(file)"))
                    }
                }
            }
            try await group.waitForAll()
        }
        let store = try Store(path: path)
        let history = try await store.history(cycleID: cycle.id, localityCode: "E08000001")
        #expect(history.map(\.version) == Array(1...20))
        #expect(Set(history.map(\.sha256)).count == 20)
        await #expect(try store.integrityCheck() == ["ok"])
    }
}
