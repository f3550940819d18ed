import Foundation
import PostgresNIO
import PostgresTestSupport
import Testing

@testable import PostgresStore
@testable import SLIKit

/// What the PostgreSQL store does beyond the conformance suite: migrations, the database's own
/// append-only rules, and several servers storing files for one locality at once.
@Suite(
    "PostgreSQL store", .enabled(if: PostgresTestDatabase.isConfigured, "\(PostgresTestDatabase.skipped)"),
    .dropsTestSchemas)
struct PostgresStoreTests {
    /// Runs `sql` in the store's schema as the store's own transactions run, so the database's answer
    /// comes back as the store reports it.
    private static func execute(_ sql: String, in store: PostgresStore) async throws {
        try await store.transaction("running \(sql)", .write) { connection in
            _ = try await connection.query(PostgresQuery(unsafeSQL: sql), logger: store.logger)
        }
    }

    @Test func appliesTheMigrationsByNameInTheirOrderAndOnlyOnce() async throws {
        let location = try PostgresTestDatabase.freshLocation()
        let older = try await PostgresStore(location: location, migrations: Array(PostgresMigration.all.prefix(3)))
        #expect(try await older.appliedMigrations() == ["createCycles", "createSubmissions", "createIndicatorValues"])
        let current = try await PostgresStore(location: location)
        let names = PostgresMigration.all.map(\.name)
        #expect(try await current.appliedMigrations() == names)
        #expect(
            names == [
                "createCycles", "createSubmissions", "createIndicatorValues", "createMarketEntries", "createTracking",
                "createExampleCycles", "addContributorPeople", "createAccounts", "indexAuditByActor",
            ])
        #expect(try await PostgresStore(location: location).appliedMigrations() == names)
    }

    @Test func severalProcessesStartingAtOnceMigrateOnce() async throws {
        let location = try PostgresTestDatabase.freshLocation()
        let opened = try await withThrowingTaskGroup(of: [String].self) { group in
            for _ in 0..<4 {
                group.addTask { try await PostgresStore(location: location, maximumConnections: 1).appliedMigrations() }
            }
            return try await group.reduce(into: []) { $0.append($1) }
        }
        #expect(opened.count == 4)
        #expect(opened.allSatisfy { $0 == PostgresMigration.all.map(\.name) })
    }

    @Test func refusesADatabaseWrittenByANewerSliAndLeavesItUntouched() async throws {
        let location = try PostgresTestDatabase.freshLocation()
        let store = try await PostgresStore(location: location)
        try await Self.execute("INSERT INTO sli_migration (name, position) VALUES ('addPortalAccounts', 99)", in: store)
        await #expect(
            throws: StoreError.newerSchema(path: location.description, unknownMigrations: ["addPortalAccounts"])
        ) {
            try await PostgresStore(location: location)
        }
        #expect(
            StoreError.newerSchema(path: location.description, unknownMigrations: ["addPortalAccounts"]).description
                == "\(location): the store was written by a newer version of sli (unknown migrations:"
                + " addPortalAccounts); it was left untouched: use a newer sli")
        #expect(try await store.appliedMigrations() == PostgresMigration.all.map(\.name) + ["addPortalAccounts"])
    }

    @Test func refusesASchemaHoldingTablesSliDidNotMake() async throws {
        let location = try PostgresTestDatabase.freshLocation()
        let store = try await PostgresTestDatabase.administrator()
        try await Self.execute("CREATE SCHEMA \(location.schema)", in: store)
        try await Self.execute("CREATE TABLE \(location.schema).patients (id integer)", in: store)
        await #expect(
            throws: StoreError.notAStore(
                path: location.description, reason: "the schema \(location.schema) holds tables sli did not make")
        ) {
            try await PostgresStore(location: location)
        }
    }

    @Test(arguments: [
        "UPDATE submission SET file_name = 'other.xml'", "DELETE FROM submission_file", "DELETE FROM answer",
        "UPDATE contributor SET name = 'Police'", "DELETE FROM market_place_entry", "DELETE FROM submission_problem",
        "TRUNCATE submission CASCADE",
    ])
    func theDatabaseRefusesToChangeAStoredSubmission(sql: String) async throws {
        let store = try await PostgresTestDatabase.freshStore()
        let cycle = try await store.createCycle(
            name: "nw-2016", regionID: "north-west", frameworkID: "f", deadline: nil, baselineCycle: nil)
        let warning = Problem(
            file: "Bolton.xml", sheet: "Co-sleeping", cell: "D8", severity: .warning, message: "blank")
        _ = try await store.record(StoreFixture.incoming(cycle: cycle, bytes: "v1", warnings: [warning]))
        await #expect(
            throws: StoreError.databaseFailed(
                location: store.location.description, doing: "running \(sql)", reason: "submissions are append-only")
        ) {
            try await Self.execute(sql, in: store)
        }
        #expect(try await store.currentSubmissions(cycleID: cycle.id).map(\.fileName) == ["Bolton.xml"])
    }

    @Test(arguments: [
        "UPDATE recommendation_update SET note = 'rewritten'", "DELETE FROM recommendation_update",
        "DELETE FROM planned_action", "UPDATE action_plan SET file_name = 'other.csv'",
    ])
    func theDatabaseRefusesToRewriteTrackingHistory(sql: String) async throws {
        let store = try await PostgresTestDatabase.freshStore()
        let cycle = try await store.createCycle(
            name: "nw-2016", regionID: "north-west", frameworkID: "f", deadline: nil, baselineCycle: nil)
        let update = RecommendationUpdate(
            recommendationID: "R1", status: .inProgress, date: Date(timeIntervalSince1970: 1_456_790_400),
            author: "CDOP chair", note: "drafted")
        try await store.recordRecommendationUpdates([update], cycleID: cycle.id)
        let plan = try ActionPlanImport(framework: TrackingFixtures.framework)
            .read(TrackingFixtures.workbook("messy-plan.csv"), fileName: "messy-plan.csv")
        try await store.recordActionPlan(plan, cycleID: cycle.id, localityCode: "E08000001")
        await #expect(
            throws: StoreError.databaseFailed(
                location: store.location.description, doing: "running \(sql)",
                reason: "tracking history is append-only")
        ) {
            try await Self.execute(sql, in: store)
        }
        #expect(try await store.recommendationUpdates(cycleID: cycle.id) == [update])
    }

    @Test(arguments: [
        "UPDATE audit_entry SET actor = 'someone else'", "DELETE FROM audit_entry", "TRUNCATE audit_entry",
    ])
    func theDatabaseKeepsTheAuditLogAppendOnly(sql: String) async throws {
        let store = try await PostgresTestDatabase.freshStore()
        try await store.appendAudit(AuditEntry(date: Date(), actor: "sli serve", action: "invited", detail: "lead"))
        await #expect(
            throws: StoreError.databaseFailed(
                location: store.location.description, doing: "running \(sql)", reason: "the audit log is append-only")
        ) {
            try await Self.execute(sql, in: store)
        }
        #expect(try await store.auditLog().map(\.actor) == ["sli serve"])
    }

    @Test func twoServersAcceptingOneInvitationAtOnceMakeOneAccount() async throws {
        let location = try PostgresTestDatabase.freshLocation()
        let servers = [try await PostgresStore(location: location), try await PostgresStore(location: location)]
        let day = Date(timeIntervalSince1970: 1_456_790_400)
        try await servers[0].createInvitation(
            Invitation(
                tokenHash: "aa11", email: "bolton@example.org", role: .localityLead(localityCode: "E08000001"),
                invitedBy: "lead@example.org", createdAt: day, expiresAt: day.addingTimeInterval(86_400)))
        let refused = try await withThrowingTaskGroup(of: AccountError?.self) { group in
            for server in servers {
                group.addTask {
                    do {
                        _ = try await server.acceptInvitation(
                            tokenHash: "aa11", email: "", passwordHash: "$2b$p", at: day)
                        return nil
                    } catch let error as AccountError {
                        return error
                    }
                }
            }
            return try await group.reduce(into: [AccountError]()) { refused, error in
                if let error { refused.append(error) }
            }
        }
        #expect(refused == [.invitationNotOpen])
        #expect(try await servers[1].accounts().map(\.email) == ["bolton@example.org"])
    }

    @Test func twoServersStoringOneLocalityAtOnceNumberVersionsWithoutGapsOrRepeats() async throws {
        let location = try PostgresTestDatabase.freshLocation()
        let cycle = try await PostgresStore(location: location).createCycle(
            name: "nw-2016", regionID: "north-west", frameworkID: "f", deadline: nil, baselineCycle: nil)
        let servers = [
            try await PostgresStore(location: location, maximumConnections: 4),
            try await PostgresStore(location: location, maximumConnections: 4),
        ]
        try await withThrowingTaskGroup(of: Void.self) { group in
            for (server, store) in servers.enumerated() {
                for file in 0..<12 {
                    group.addTask {
                        _ = try await store.record(
                            StoreFixture.incoming(cycle: cycle, bytes: "server \(server) file \(file)"))
                    }
                }
            }
            try await group.waitForAll()
        }
        for store in servers {
            let history = try await store.history(cycleID: cycle.id, localityCode: "E08000001")
            #expect(history.map(\.version) == Array(1...24))
            #expect(Set(history.map(\.sha256)).count == 24)
            #expect(Set(history.map(\.id)).count == 24)
        }
    }

    @Test func aConnectionTheServerDropsIsReplacedAndTheFileStoredOnce() async throws {
        let store = try await PostgresTestDatabase.freshStore()
        let cycle = try await store.createCycle(
            name: "nw-2016", regionID: "north-west", frameworkID: "f", deadline: nil, baselineCycle: nil)
        let killer = try await PostgresTestDatabase.administrator()
        try await killer.transaction("dropping the store's connections", .write) { connection in
            _ = try await connection.query(
                """
                SELECT pg_terminate_backend(pid) FROM pg_stat_activity
                WHERE application_name = \(PostgresStore.applicationName(store.location)) AND pid <> pg_backend_pid()
                """, logger: killer.logger)
        }
        let outcome = try await store.record(StoreFixture.incoming(cycle: cycle, bytes: "v1"))
        #expect(outcome.submission.version == 1)
        #expect(try await store.history(cycleID: cycle.id, localityCode: "E08000001") == [outcome.submission])
    }

    /// A commit cut off on its way gives no answer on whether it went through, so a write that must not
    /// run twice is not tried again: the error says to look first. (Here the server ends the connection
    /// from a trigger that runs at the commit, so the cycle is in fact not stored.)
    @Test func aWriteWhoseCommitIsCutOffIsNotTriedAgainAndSaysToLookFirst() async throws {
        let store = try await PostgresTestDatabase.freshStore()
        try await Self.execute(
            """
            CREATE FUNCTION end_connection() RETURNS trigger LANGUAGE plpgsql AS $$
            BEGIN PERFORM pg_terminate_backend(pg_backend_pid()); PERFORM pg_sleep(5); RETURN NULL; END $$
            """, in: store)
        try await Self.execute(
            """
            CREATE CONSTRAINT TRIGGER end_connection_at_commit AFTER INSERT ON cycle
            DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION end_connection()
            """, in: store)
        let expected = StoreError.connectionLost(
            location: store.location.description, doing: "creating cycle \"nw-2016\"",
            reason: "during the commit, so it may be stored whole: look before trying again")
        await #expect(throws: expected) {
            try await store.createCycle(
                name: "nw-2016", regionID: "north-west", frameworkID: "f", deadline: nil, baselineCycle: nil)
        }
        #expect(try await store.cycles().isEmpty)
    }

    /// A statement sent on a connection that has already closed is never answered by postgres-nio; the
    /// store's watch answers for it, so a transaction that leased such a connection is tried again.
    @Test(.timeLimit(.minutes(1))) func aStatementOnAClosedConnectionEndsInsteadOfWaitingForEver() async throws {
        let store = try await PostgresTestDatabase.freshStore()
        try await store.client.withConnection { connection in
            try await connection.close()
            await #expect(throws: ConnectionClosed.self) {
                try await store.watch.run(on: connection) {
                    _ = try await connection.query("SELECT 1", logger: store.logger)
                }
            }
        }
        // The store itself carries on, on a new connection.
        #expect(try await store.cycles().isEmpty)
    }

    @Test(.timeLimit(.minutes(1))) func workWaitingWhenTheServerDropsItsConnectionEnds() async throws {
        let store = try await PostgresTestDatabase.freshStore()
        let killer = try await PostgresTestDatabase.administrator()
        try await store.client.withConnection { connection in
            let waited = Task {
                try await store.watch.run(on: connection) { try await Task.sleep(for: .seconds(600)) }
            }
            try await killer.transaction("dropping the store's connections", .write) { killing in
                _ = try await killing.query(
                    """
                    SELECT pg_terminate_backend(pid) FROM pg_stat_activity
                    WHERE application_name = \(PostgresStore.applicationName(store.location))
                    """, logger: killer.logger)
            }
            await #expect(throws: ConnectionClosed.self) { try await waited.value }
        }
    }

    @Test func aServerThatDoesNotAnswerGivesAClearError() async throws {
        var location = try PostgresTestDatabase.freshLocation()
        location.port = 1
        await #expect(
            throws: StoreError.databaseUnreachable(
                location: location.description, reason: "connection refused, errno 111")
        ) {
            try await PostgresStore(location: location)
        }
    }
}
