import Foundation
import Testing

@testable import SLIKit
@testable import SQLiteStore

/// A store on a full or read-only disk: one line naming the store file and what to do, not SQLite's
/// message with the SQL it ran.
@Suite(
    "Store on a full or read-only disk",
    .enabled(if: SmallFileSystem.isAvailable, "mounting a small file system needs root"))
struct StoreStorageFailureTests {
    @Test func aFullDiskIsNamedAsOne() async throws {
        let disk = try SmallFileSystem(size: "1m")
        defer { disk.remove() }
        let path = disk.directory.appendingPathComponent("sli.sqlite").path
        let store = try Store(path: path)
        let cycle = try await store.createCycle(name: "nw-2016", regionID: "north-west", frameworkID: "f")
        let big = String(repeating: "x", count: 2 << 20)
        await #expect(throws: StoreError.diskFull(path: path)) {
            try await store.record(StoreFixture.incoming(cycle: cycle, bytes: big))
        }
        #expect(
            StoreError.diskFull(path: path).description
                == "\(path): the disk is full, so no change was saved (free some space and run the command again)")
        await #expect(try store.currentSubmissions(cycleID: cycle.id).isEmpty)
    }

    @Test func aStoreOnAReadOnlyDiskIsReadAndAWriteIsNamedAsOne() async throws {
        let disk = try SmallFileSystem(size: "4m")
        defer { disk.remove() }
        let path = disk.directory.appendingPathComponent("sli.sqlite").path
        do {
            let store = try Store(path: path)
            _ = try await store.createCycle(name: "nw-2016", regionID: "north-west", frameworkID: "f")
            try store.checkpoint()
        }
        try disk.remountReadOnly()
        let store = try Store(path: path)
        #expect(try await store.cycles().map(\.name) == ["nw-2016"])
        let error = await #expect(throws: StoreError.self) {
            _ = try await store.createCycle(name: "nw-2017", regionID: "north-west", frameworkID: "f")
        }
        #expect(error == .readOnly(path: path))
        #expect(
            error?.description
                == "\(path): the store cannot be written (the file or its folder is read-only), so no change was saved"
                + " (make them writable, or copy the store to a writable folder)")
    }
}
