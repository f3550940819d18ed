import Foundation
import PostgresStore
import SLIKit
import Testing

/// What sli does when the PostgreSQL server restarts under an ingest or stays down, on a cluster of the
/// test's own.
@Suite("The PostgreSQL server going away", .enabled(if: TestDatabase.url != nil, "\(TestDatabase.skipped)"))
struct PostgresRestartTests {
    @Test func aServerRestartInTheMiddleOfABatchLeavesEveryFileWholeAndTheIngestFinishes() async throws {
        let cluster = try ThrowawayCluster()
        defer { cluster.stop() }
        let url = cluster.url + "?schema=sli_restart"
        let reliability = try await IngestReliabilityTests()
        let store = try await PostgresStore(location: PostgresLocation(url: url))
        let cycle = try await store.createCycle(
            name: "nw-2016", regionID: "north-west", frameworkID: "nw-infant-mortality-2016", deadline: nil,
            baselineCycle: nil)
        // Files, not pipes, and no blocking read: a run that never ends fails the test instead of hanging it.
        let outputURL = reliability.directory.appendingPathComponent("ingest.out")
        let errorURL = reliability.directory.appendingPathComponent("ingest.err")
        let output = try CommandRunner.newFile(at: outputURL)
        let errors = try CommandRunner.newFile(at: errorURL)
        defer {
            try? output.close()
            try? errors.close()
        }
        let process = try reliability.startIngest(into: ["--database", url], output: output, errors: errors)
        while try await store.currentSubmissions(cycleID: cycle.id).count < 5 && process.isRunning {
            try await Task.sleep(for: .milliseconds(10))
        }
        #expect(process.isRunning, "the ingest ended before the restart")
        try cluster.restart()
        let giveUp = ContinuousClock.now + .seconds(60)
        while process.isRunning && ContinuousClock.now < giveUp { try await Task.sleep(for: .milliseconds(50)) }
        if process.isRunning { kill(process.processIdentifier, SIGKILL) }
        process.waitUntilExit()
        let printed = try String(contentsOf: outputURL, encoding: .utf8)
        let said = try String(contentsOf: errorURL, encoding: .utf8)

        #expect(process.terminationStatus == 0, "\(said)")
        #expect(said.isEmpty)
        // A file whose commit was cut off but went through is found stored when tried again: unchanged.
        let lines = printed.split(separator: "\n").map(String.init)
        let accepted = lines.filter { $0.contains(": accepted (new version ") }.count
        let unchanged = lines.filter { $0.contains(": unchanged (same bytes as version ") }.count
        #expect(accepted + unchanged == 69)
        #expect(lines.last == "\(accepted) accepted, \(unchanged) unchanged, 0 rejected (cycle nw-2016)")
        #expect(
            try await reliability.checkEveryStoredFileIsWhole(store).sorted() == reliability.generated.keys.sorted())

        let status = try CommandRunner.run(
            ["status", "--cycle", "nw-2016", "--database", url],
            environment: ["SLI_HOME": CatalogCommandTests.root.path])
        #expect(status.status == 0)
        #expect(status.standardOutput.hasSuffix("23 of 23 localities took part: 23 on time, 0 late, 0 not received\n"))
    }

    /// A server that is down for longer than the store's patience: the write ends with a clear error
    /// after about ten seconds, instead of waiting for the pool's minute of reconnecting.
    @Test func aServerThatStaysDownEndsTheWriteWithAClearErrorAfterTheStoresPatience() async throws {
        let cluster = try ThrowawayCluster()
        let url = cluster.url + "?schema=sli_down"
        let store = try await PostgresStore(location: PostgresLocation(url: url))
        cluster.stop()
        let started = ContinuousClock.now
        await #expect(
            throws: StoreError.connectionLost(
                location: store.location.description, doing: "creating cycle \"nw-2016\"",
                reason: "no connection could be made in 10 seconds")
        ) {
            try await store.createCycle(
                name: "nw-2016", regionID: "north-west", frameworkID: "nw-infant-mortality-2016", deadline: nil,
                baselineCycle: nil)
        }
        let waited = ContinuousClock.now - started
        #expect(waited < .seconds(30), "waited \(waited)")
    }
}
