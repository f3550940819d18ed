import Foundation
import PostgresTestSupport
import Testing

@testable import SLIKit
@testable import SpreadsheetKit

/// Copying a store into an empty one of every kind, through what every store reads and writes for it.
@Suite("Store copy", .dropsTestSchemas)
struct StoreCopyTests {
    private static let day = ISODateText.date(year: 2016, month: 3, day: 1)

    /// A store of `kind` holding two cycles with everything a cycle can hold, the first published.
    private static func filled(_ kind: StoreKind) async throws -> any CycleStore {
        let store = try await kind.make()
        let baseline = try await store.createCycle(
            name: "nw-2016", regionID: "north-west", frameworkID: "nw-infant-mortality-2016",
            deadline: ISODateText.date(year: 2016, month: 3, day: 31), baselineCycle: nil)
        let warning = Problem(
            file: "Bolton.xml", sheet: "Co-sleeping", cell: "D8", severity: .warning, message: "blank")
        _ = try await store.record(StoreFixture.incoming(cycle: baseline, bytes: "bolton 1", warnings: [warning]))
        var bury = StoreFixture.assessment(localityCode: "E08000002", firstRating: 1)
        bury.contributorPeople = ["Maternity": "the head of midwifery"]
        _ = try await store.record(StoreFixture.incoming(cycle: baseline, bytes: "bury 1", assessment: bury))
        _ = try await store.record(
            StoreFixture.incoming(
                cycle: baseline, bytes: "bolton 2", assessment: StoreFixture.assessment(firstRating: 4)))
        let figures = [
            IndicatorValue(
                areaCode: "E08000001", indicatorID: "infant-mortality", period: "2012-14", numerator: 40,
                denominator: 10_000),
            IndicatorValue(
                areaCode: "E08000002", indicatorID: "infant-mortality", period: "2012-14", numerator: 20,
                denominator: 6_000),
        ]
        _ = try await store.importIndicatorValues(figures, cycleID: baseline.id, sourceFile: "a.csv", importedAt: day)
        _ = try await store.importIndicatorValues(
            [figures[0]], cycleID: baseline.id, sourceFile: "b.csv", importedAt: day.addingTimeInterval(60))
        let request = MarketPlaceEntry(
            kind: .request, localityCode: "E08000002", themeID: "co-sleeping", title: "Safe sleep audit",
            description: "how to run it")
        let gone = MarketPlaceEntry(
            kind: .offer, localityCode: "E08000001", themeID: "smoking", title: "Withdrawn", description: "no")
        try await store.addMarketEntries([gone, request], cycleID: baseline.id, addedAt: day)
        _ = try await store.removeAddedMarketEntries(
            cycleID: baseline.id, localityCode: "E08000001", title: "Withdrawn")
        let update = RecommendationUpdate(
            recommendationID: "R1", status: .inProgress, date: day, author: "CDOP chair", note: "drafted",
            evidence: "https://example.org/minutes", dueDate: ISODateText.date(year: 2017, month: 6, day: 30))
        try await store.restoreRecommendationUpdates(
            [RecordedRecommendationUpdate(update: update, recordedAt: day)], cycleID: baseline.id)
        let plan = try ActionPlanImport(framework: TrackingFixtures.framework)
            .read(TrackingFixtures.workbook("messy-plan.csv"), fileName: "messy-plan.csv")
        try await store.recordActionPlan(plan, cycleID: baseline.id, localityCode: "E08000001", importedAt: day)
        try await store.markSynthetic(cycleID: baseline.id)
        _ = try await store.publish(cycleID: baseline.id)
        let followUp = try await store.createCycle(
            name: "nw-2017", regionID: "north-west", frameworkID: "nw-infant-mortality-2016", deadline: nil,
            baselineCycle: "nw-2016")
        _ = try await store.record(StoreFixture.incoming(cycle: followUp, bytes: "bolton 2017"))
        return store
    }

    @Test(arguments: StoreKind.allCases, StoreKind.allCases)
    func copiesEverythingWithItsIdsDatesAndOrder(from sourceKind: StoreKind, to targetKind: StoreKind) async throws {
        let source = try await Self.filled(sourceKind)
        let target = try await targetKind.make()
        let report = try await StoreCopy(from: source, to: target).run()
        #expect(report.filesChecked == 4)
        #expect(report.rowCounts == (try await source.rowCounts()))
        #expect(report.rowCounts["submission"] == 4)
        #expect(report.rowCounts["marketEntry"] == 1)
        #expect(try await target.cycles() == (try await source.cycles()))
        for cycle in try await source.cycles() {
            let versions = try await StoreCopy.versions(of: cycle, in: source)
            #expect(try await StoreCopy.versions(of: cycle, in: target) == versions)
            for submission in versions {
                #expect(try await target.assessment(of: submission) == (try await source.assessment(of: submission)))
                #expect(try await target.warnings(of: submission) == (try await source.warnings(of: submission)))
                #expect(
                    try await target.originalBytes(of: submission) == (try await source.originalBytes(of: submission)))
            }
            #expect(
                try await target.storedIndicatorValues(cycleID: cycle.id)
                    == (try await source.storedIndicatorValues(cycleID: cycle.id)))
            #expect(
                try await target.marketEntryAdditions(cycleID: cycle.id)
                    == (try await source.marketEntryAdditions(cycleID: cycle.id)))
            #expect(
                try await target.recordedRecommendationUpdates(cycleID: cycle.id)
                    == (try await source.recordedRecommendationUpdates(cycleID: cycle.id)))
            #expect(
                try await target.actionPlans(cycleID: cycle.id) == (try await source.actionPlans(cycleID: cycle.id)))
            #expect(
                try await target.importedFiles(cycleID: cycle.id) == (try await source.importedFiles(cycleID: cycle.id))
            )
            #expect(
                try await target.isSynthetic(cycleID: cycle.id) == (try await source.isSynthetic(cycleID: cycle.id)))
        }
        let next = try await target.record(
            StoreFixture.incoming(cycle: try await target.cycle("nw-2017"), bytes: "bolton 2017, corrected"))
        #expect(next.submission.version == 2)
        #expect(next.submission.id == 5)
    }

    /// The portal moves with its store: the same accounts, password hashes and all, so everyone signs
    /// in as before, and the same audit log; a store that already has accounts is not copied into.
    @Test(arguments: StoreKind.allCases, StoreKind.allCases)
    func copiesThePortalsAccountsAndAuditLog(from sourceKind: StoreKind, to targetKind: StoreKind) async throws {
        let source = try await sourceKind.make()
        _ = try await source.createCycle(
            name: "nw-2016", regionID: "north-west", frameworkID: "f", deadline: nil, baselineCycle: nil)
        let lead = try await source.createAccount(
            email: "lead@gmphn.example", role: .networkLead, passwordHash: "$2b$04$lead", createdAt: Self.day)
        let bolton = try await source.createAccount(
            email: "bolton@example.org", role: .localityLead(localityCode: "E08000001"), passwordHash: "$2b$04$b",
            createdAt: Self.day.addingTimeInterval(60))
        _ = try await source.createAccount(
            email: "phe@example.org", role: .leadBody(name: "Public Health England North West"),
            passwordHash: "$2b$04$p", createdAt: Self.day.addingTimeInterval(120))
        try await source.revokeAccount(id: bolton.id)
        for (minute, action) in ["signed in", "invited", "sign-in failed"].enumerated() {
            try await source.appendAudit(
                AuditEntry(
                    date: Self.day.addingTimeInterval(Double(minute) * 60), actor: lead.email, action: action,
                    detail: "entry \(minute)"))
        }
        let target = try await targetKind.make()
        let report = try await StoreCopy(from: source, to: target).run()
        #expect(report.accounts == 3)
        #expect(report.auditEntries == 3)
        #expect(try await target.accounts() == (try await source.accounts()))
        #expect(try await target.account(email: "bolton@example.org")?.revoked == true)
        #expect(try await target.auditLog() == (try await source.auditLog()))
        let next = try await target.createAccount(
            email: "wigan@example.org", role: .localityLead(localityCode: "E08000010"), passwordHash: "$2b$04$w",
            createdAt: Self.day)
        #expect(next.id == 4)

        // A database a portal once started on holds audit entries (the first lead's link) though no account.
        let started = try await targetKind.make()
        try await started.appendAudit(
            AuditEntry(date: Self.day, actor: "sli serve", action: "invited", detail: "the first network lead"))
        await #expect(throws: StoreCopyError.targetNotEmpty(["audit log"])) {
            try await StoreCopy(from: source, to: started).run()
        }
        #expect(try await started.cycles().isEmpty)
        let again = try await targetKind.make()
        _ = try await again.createAccount(
            email: "lead@gmphn.example", role: .networkLead, passwordHash: "x", createdAt: Self.day)
        await #expect(throws: StoreCopyError.targetNotEmpty(["account"])) {
            try await StoreCopy(from: source, to: again).run()
        }
    }

    @Test(arguments: StoreKind.allCases)
    func refusesATargetThatHoldsDataAndWritesNothing(kind: StoreKind) async throws {
        let source = try await Self.filled(.sqlite)
        let target = try await kind.make()
        _ = try await target.createCycle(
            name: "nw-2015", regionID: "north-west", frameworkID: "f", deadline: nil, baselineCycle: nil)
        await #expect(throws: StoreCopyError.targetNotEmpty(["cycle"])) {
            try await StoreCopy(from: source, to: target).run()
        }
        #expect(try await target.cycles().map(\.name) == ["nw-2015"])
        #expect(
            StoreCopyError.targetNotEmpty(["cycle"]).description
                == "the store to copy into is not empty (it holds rows in cycle); nothing was copied: copy into a new,"
                + " empty store")
    }

    @Test(arguments: StoreKind.allCases)
    func keepsAPublishedCyclesVersionsWhenRestoringAndRefusesMore(kind: StoreKind) async throws {
        let store = try await kind.make()
        let cycle = Cycle(
            id: 7, name: "nw-2016", regionID: "north-west", frameworkID: "f", published: true,
            createdAt: Self.day)
        try await store.restoreCycle(cycle)
        #expect(try await store.cycle(id: 7).published == false)
        await #expect(throws: StoreError.duplicateCycleName("nw-2016")) { try await store.restoreCycle(cycle) }
        let submission = try #require(
            try await Self.filled(.sqlite).currentSubmissions(cycleID: 1).first { $0.localityCode == "E08000001" })
        var restored = submission
        restored.cycleID = 7
        try await store.restoreSubmission(
            restored, assessment: StoreFixture.assessment(firstRating: 4), warnings: [], bytes: Data("bolton 2".utf8))
        #expect(try await store.history(cycleID: 7, localityCode: "E08000001") == [restored])
        _ = try await store.publish(cycleID: 7)
        await #expect(throws: StoreError.cyclePublished("nw-2016")) {
            try await store.restoreSubmission(
                restored, assessment: StoreFixture.assessment(), warnings: [], bytes: Data("again".utf8))
        }
    }
}
