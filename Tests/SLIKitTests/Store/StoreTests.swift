import Foundation
import GRDB
import Testing

@testable import SLIKit
@testable import SQLiteStore
@testable import SpreadsheetKit

@Suite("Store")
struct StoreTests {
    @Test func createsACycleAndFindsItByNameOrID() async throws {
        let fixture = try StoreFixture()
        let store = try Store(path: fixture.path)
        let deadline = ISODateText.date(year: 2016, month: 3, day: 31)
        let created = try await store.createCycle(
            name: "nw-2016", regionID: "north-west", frameworkID: "nw-infant-mortality-2016", deadline: deadline)
        #expect(created.id == 1)
        await #expect(try store.cycle("NW-2016") == created)
        await #expect(try store.cycle("1") == created)
        await #expect(try store.cycles() == [created])
        let followUp = try await store.createCycle(
            name: "nw-2017", regionID: "north-west", frameworkID: "nw-infant-mortality-2016", baselineCycle: "nw-2016")
        #expect(followUp.baselineCycleID == created.id)
        await #expect(try store.cycles().map(\.name) == ["nw-2016", "nw-2017"])
    }

    @Test func namesAStoreWhoseFolderIsMissing() throws {
        let path = try StoreFixture().directory.appendingPathComponent("missing/sli.sqlite").path
        #expect(throws: StoreError.cannotOpen(path: path)) { try Store(path: path) }
        #expect(
            StoreError.cannotOpen(path: path).description
                == "\(path): the store cannot be opened or created (check that its folder exists and can be written)")
    }

    @Test func refusesADuplicateNameAndAnUnknownBaseline() async throws {
        let store = try Store(path: StoreFixture().path)
        _ = try await store.createCycle(name: "nw-2016", regionID: "north-west", frameworkID: "f")
        await #expect(throws: StoreError.duplicateCycleName("NW-2016")) {
            try await store.createCycle(name: "NW-2016", regionID: "north-west", frameworkID: "f")
        }
        await #expect(throws: StoreError.unknownBaselineCycle("nw-2015")) {
            try await store.createCycle(
                name: "nw-2017", regionID: "north-west", frameworkID: "f", baselineCycle: "nw-2015")
        }
        #expect(StoreError.duplicateCycleName("NW-2016").description == "a cycle named \"NW-2016\" already exists")
        #expect(
            StoreError.unknownCycle("nw-2020").description == "no cycle is named \"nw-2020\"")
    }

    @Test func storesVersionsAndKnowsUnchangedFiles() async throws {
        let store = try Store(path: StoreFixture().path)
        let cycle = try await store.createCycle(name: "nw-2016", regionID: "north-west", frameworkID: "f")
        let first = try await store.record(StoreFixture.incoming(cycle: cycle, bytes: "first"))
        guard case .accepted(let version1) = first else {
            Issue.record("expected the first file to be accepted, got \(first)")
            return
        }
        #expect(version1.version == 1)
        await #expect(try store.record(StoreFixture.incoming(cycle: cycle, bytes: "first")) == .unchanged(version1))
        let second = try await store.record(
            StoreFixture.incoming(cycle: cycle, bytes: "second", assessment: StoreFixture.assessment(firstRating: 4)))
        #expect(second.submission.version == 2)
        #expect(second == .accepted(second.submission))
        let history = try await store.history(cycleID: cycle.id, localityCode: "E08000001")
        #expect(history.map(\.version) == [1, 2])
        await #expect(try store.currentSubmissions(cycleID: cycle.id) == [second.submission])
        #expect(try await store.currentAssessments(cycle: cycle).map { $0.answers[0].rating } == [.level(4)])
        await #expect(try store.assessment(of: version1).answers[0].rating == .level(3))
    }

    @Test func rebuildsTheSelfAssessmentExactly() async throws {
        let store = try Store(path: StoreFixture().path)
        let cycle = try await store.createCycle(name: "nw-2016", regionID: "north-west", frameworkID: "f")
        let bury = StoreFixture.assessment(localityCode: "E08000002", firstRating: 0)
        _ = try await store.record(StoreFixture.incoming(cycle: cycle, bytes: "bury", assessment: bury))
        _ = try await store.record(StoreFixture.incoming(cycle: cycle, bytes: "bolton"))
        #expect(try await store.currentAssessments(cycle: cycle) == [StoreFixture.assessment(), bury])
    }

    @Test func keepsTheOriginalBytesAndTheirDigest() async throws {
        let store = try Store(path: StoreFixture().path)
        let cycle = try await store.createCycle(name: "nw-2016", regionID: "north-west", frameworkID: "f")
        let outcome = try await store.record(StoreFixture.incoming(cycle: cycle, bytes: "abc"))
        #expect(outcome.submission.sha256 == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
        #expect(outcome.submission.size == 3)
        await #expect(try store.originalBytes(of: outcome.submission) == Data("abc".utf8))
    }

    @Test func countsWarningsAndCompleteness() async throws {
        let store = try Store(path: StoreFixture().path)
        let cycle = try await store.createCycle(name: "nw-2016", regionID: "north-west", frameworkID: "f")
        let warning = Problem(
            file: "Bolton.xml", sheet: "Co-sleeping", cell: "D8", severity: .warning, message: "rating left blank")
        let outcome = try await store.record(StoreFixture.incoming(cycle: cycle, bytes: "abc", warnings: [warning]))
        #expect(outcome.submission.warningCount == 1)
        #expect(outcome.submission.itemCount == 3)
        #expect(outcome.submission.answeredCount == 2)
        await #expect(try store.warnings(of: outcome.submission) == [warning])
    }

    @Test func refusesFilesForAPublishedCycle() async throws {
        let store = try Store(path: StoreFixture().path)
        let cycle = try await store.createCycle(name: "nw-2016", regionID: "north-west", frameworkID: "f")
        await #expect(try store.publish(cycleID: cycle.id).published)
        await #expect(throws: StoreError.cyclePublished("nw-2016")) {
            try await store.record(StoreFixture.incoming(cycle: cycle, bytes: "abc"))
        }
        await #expect(try store.currentSubmissions(cycleID: cycle.id).isEmpty)
        #expect(
            StoreError.cyclePublished("nw-2016").description
                == "cycle \"nw-2016\" is published: its submissions are frozen and no file can be added")
    }

    @Test func neverUpdatesOrDeletesASubmission() async throws {
        let store = try Store(path: StoreFixture().path)
        let cycle = try await store.createCycle(name: "nw-2016", regionID: "north-west", frameworkID: "f")
        _ = try await store.record(StoreFixture.incoming(cycle: cycle, bytes: "abc"))
        for sql in ["UPDATE submission SET version = 9", "DELETE FROM answer", "UPDATE submissionFile SET bytes = x''"]
        {
            let error = await #expect(throws: DatabaseError.self) {
                try await store.write { db in try db.execute(sql: sql) }
            }
            #expect(error?.message == "submissions are append-only")
        }
    }

    @Test func migratesAnOlderStoreOnOpen() async throws {
        let fixture = try StoreFixture()
        do {
            let old = try Store(path: fixture.path, migrations: [.createCycles])
            _ = try await old.createCycle(name: "nw-2016", regionID: "north-west", frameworkID: "f")
            await #expect(try old.appliedMigrations() == ["createCycles"])
        }
        let store = try Store(path: fixture.path)
        await #expect(try store.appliedMigrations() == StoreMigration.all.map(\.name))
        let cycle = try await store.cycle("nw-2016")
        await #expect(try store.record(StoreFixture.incoming(cycle: cycle, bytes: "abc")).submission.version == 1)
        await #expect(try store.integrityCheck() == ["ok"])
    }

    @Test func refusesAStoreFromANewerVersionAndLeavesItUntouched() async throws {
        let fixture = try StoreFixture()
        do {
            let store = try Store(path: fixture.path)
            _ = try await store.createCycle(name: "nw-2016", regionID: "north-west", frameworkID: "f")
            try await store.write { db in
                try db.execute(sql: "INSERT INTO grdb_migrations (identifier) VALUES ('addFutureThings')")
            }
        }
        let before = try Data(contentsOf: URL(fileURLWithPath: fixture.path))
        let listing = try FileManager.default.contentsOfDirectory(atPath: fixture.directory.path).sorted()
        #expect(throws: StoreError.newerSchema(path: fixture.path, unknownMigrations: ["addFutureThings"])) {
            try Store(path: fixture.path)
        }
        #expect(try Data(contentsOf: URL(fileURLWithPath: fixture.path)) == before)
        let after = try FileManager.default.contentsOfDirectory(atPath: fixture.directory.path).sorted()
        #expect(after == listing, "before: \(listing)")
        #expect(
            StoreError.newerSchema(path: "sli.sqlite", unknownMigrations: ["addFutureThings"]).description
                == "sli.sqlite: the store was written by a newer version of sli (unknown migrations: addFutureThings);"
                + " it was left untouched: use a newer sli")
    }

    @Test func refusesAStoreWhoseSchemaVersionIsBeyondThisBuild() async throws {
        let fixture = try StoreFixture()
        do {
            let store = try Store(path: fixture.path)
            try await store.write { db in try db.execute(sql: "PRAGMA user_version = 99") }
        }
        let known = StoreMigration.all.count
        #expect(throws: StoreError.newerSchemaVersion(path: fixture.path, found: 99, known: known)) {
            try Store(path: fixture.path)
        }
    }

    @Test func refusesAFileThatIsNotADatabase() throws {
        let fixture = try StoreFixture()
        try Data("not a database at all, just some text that is long enough".utf8)
            .write(to: URL(fileURLWithPath: fixture.path))
        #expect(throws: StoreError.notAStore(path: fixture.path, reason: "file is not a database")) {
            try Store(path: fixture.path)
        }
    }

    @Test func refusesAnotherApplicationsDatabase() throws {
        let fixture = try StoreFixture()
        do {
            let queue = try DatabaseQueue(path: fixture.path)
            try queue.write { db in try db.execute(sql: "CREATE TABLE contacts (name TEXT)") }
        }
        #expect(
            throws: StoreError.notAStore(path: fixture.path, reason: "the database holds tables sli did not make")
        ) {
            try Store(path: fixture.path)
        }
    }
}
