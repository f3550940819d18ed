import Foundation
import PostgresTestSupport
import Testing

@testable import SLIKit
@testable import SpreadsheetKit

/// What every store must do, written once against ``CycleStore`` and run on each ``StoreKind``.
@Suite("Store conformance", .dropsTestSchemas)
struct StoreConformanceTests {
    private static let day = ISODateText.date(year: 2016, month: 3, day: 1)

    private static func cycle(in store: any CycleStore, name: String = "nw-2016") async throws -> Cycle {
        try await store.createCycle(
            name: name, regionID: "north-west", frameworkID: "nw-infant-mortality-2016",
            deadline: ISODateText.date(year: 2016, month: 3, day: 31), baselineCycle: nil)
    }

    @Test(arguments: StoreKind.allCases)
    func keepsCyclesAndFindsThemByNameOrID(kind: StoreKind) async throws {
        let store = try await kind.make()
        let first = try await Self.cycle(in: store)
        let second = try await store.createCycle(
            name: "nw-2017", regionID: "north-west", frameworkID: "nw-infant-mortality-2016", deadline: nil,
            baselineCycle: "NW-2016")
        #expect(second.baselineCycleID == first.id)
        #expect(second.id > first.id, "the store assigns ids, increasing in the order stored")
        #expect(try await store.cycles().map(\.name) == ["nw-2016", "nw-2017"])
        #expect(try await store.cycle("NW-2017") == second)
        #expect(try await store.cycle(String(first.id)) == first)
        #expect(try await store.cycle(id: second.id) == second)
        await #expect(throws: StoreError.unknownCycle("nw-2020")) { try await store.cycle("nw-2020") }
        await #expect(throws: StoreError.duplicateCycleName("NW-2016")) {
            try await Self.cycle(in: store, name: "NW-2016")
        }
        await #expect(throws: StoreError.unknownBaselineCycle("nw-2015")) {
            try await store.createCycle(
                name: "nw-2018", regionID: "north-west", frameworkID: "f", deadline: nil, baselineCycle: "nw-2015")
        }
    }

    @Test(arguments: StoreKind.allCases)
    func numbersVersionsKeepsTheOriginalBytesAndKnowsAnUnchangedFile(kind: StoreKind) async throws {
        let store = try await kind.make()
        let cycle = try await Self.cycle(in: store)
        let warning = Problem(
            file: "Bolton.xml", sheet: "Co-sleeping", cell: "D8", severity: .warning, message: "rating left blank")
        guard
            case .accepted(let first) = try await store.record(
                StoreFixture.incoming(cycle: cycle, bytes: "v1", warnings: [warning]))
        else { throw StoreConformanceFailure("the first file was not accepted") }
        #expect(first.version == 1)
        #expect(try await store.record(StoreFixture.incoming(cycle: cycle, bytes: "v1")) == .unchanged(first))
        let changed = StoreFixture.assessment(firstRating: 4)
        guard
            case .accepted(let second) = try await store.record(
                StoreFixture.incoming(cycle: cycle, bytes: "v2", assessment: changed))
        else { throw StoreConformanceFailure("the changed file was not accepted") }
        #expect(second.version == 2)
        #expect(second.id > first.id, "the store assigns ids, increasing in the order stored")
        #expect(try await store.history(cycleID: cycle.id, localityCode: "E08000001") == [first, second])
        #expect(try await store.currentSubmissions(cycleID: cycle.id) == [second])
        #expect(try await store.firstSubmissions(cycleID: cycle.id) == [first])
        #expect(try await store.originalBytes(of: first) == Data("v1".utf8))
        #expect(try await store.assessment(of: first) == StoreFixture.assessment())
        #expect(try await store.currentAssessments(cycleID: cycle.id) == [changed])
        #expect(try await store.warnings(of: first) == [warning])
        #expect(try await store.warnings(of: second) == [])
    }

    @Test(arguments: StoreKind.allCases)
    func aPublishedCycleTakesNoMoreReturns(kind: StoreKind) async throws {
        let store = try await kind.make()
        let cycle = try await Self.cycle(in: store)
        _ = try await store.record(StoreFixture.incoming(cycle: cycle, bytes: "v1"))
        let published = try await store.publish(cycleID: cycle.id)
        #expect(published.published)
        await #expect(throws: StoreError.cyclePublished("nw-2016")) {
            try await store.record(StoreFixture.incoming(cycle: published, bytes: "v2"))
        }
        #expect(try await store.currentSubmissions(cycleID: cycle.id).map(\.version) == [1])
    }

    @Test(arguments: StoreKind.allCases)
    func replacesIndicatorFiguresForTheSameAreaIndicatorAndPeriod(kind: StoreKind) async throws {
        let store = try await kind.make()
        let cycle = try await Self.cycle(in: store)
        let bolton = IndicatorValue(
            areaCode: "E08000001", indicatorID: "infant-mortality", period: "2012-14", numerator: 40,
            denominator: 10_000)
        let bury = IndicatorValue(
            areaCode: "E08000002", indicatorID: "infant-mortality", period: "2012-14", numerator: 20, denominator: 6_000
        )
        #expect(try await store.importIndicatorValues([bolton, bury], cycleID: cycle.id, sourceFile: "a.csv") == 2)
        var corrected = bolton
        corrected.numerator = 41
        #expect(try await store.importIndicatorValues([corrected], cycleID: cycle.id, sourceFile: "b.csv") == 1)
        #expect(Set(try await store.indicatorValues(cycleID: cycle.id)) == [corrected, bury])
        #expect(try await store.importedFiles(cycleID: cycle.id).map(\.fileName).sorted() == ["a.csv", "b.csv"])
    }

    @Test(arguments: StoreKind.allCases)
    func givesTheWholeMarketPlaceWorkbooksFirst(kind: StoreKind) async throws {
        let store = try await kind.make()
        let cycle = try await Self.cycle(in: store)
        _ = try await store.record(StoreFixture.incoming(cycle: cycle, bytes: "v1"))
        let request = MarketPlaceEntry(
            kind: .request, localityCode: "E08000002", themeID: "co-sleeping", title: "Safe sleep audit",
            description: "how to run it")
        try await store.addMarketEntries([request], cycleID: cycle.id, addedAt: Self.day)
        #expect(try await store.addedMarketEntries(cycleID: cycle.id) == [request])
        #expect(
            try await store.marketEntries(cycleID: cycle.id) == StoreFixture.assessment().marketPlace + [request])
        let workbookEntry = try #require(StoreFixture.assessment().marketPlace.first)
        #expect(
            try await store.removeAddedMarketEntries(
                cycleID: cycle.id, localityCode: workbookEntry.localityCode, title: workbookEntry.title) == [],
            "an entry from a workbook changes only with a new version of it")
        #expect(
            try await store.removeAddedMarketEntries(
                cycleID: cycle.id, localityCode: "E08000002", title: "  SAFE sleep audit ") == [request])
        #expect(try await store.addedMarketEntries(cycleID: cycle.id) == [])
        #expect(try await store.marketEntries(cycleID: cycle.id) == StoreFixture.assessment().marketPlace)
    }

    @Test(arguments: StoreKind.allCases)
    func keepsRecommendationUpdatesAndTheLatestActionPlan(kind: StoreKind) async throws {
        let store = try await kind.make()
        let cycle = try await Self.cycle(in: store)
        let first = RecommendationUpdate(
            recommendationID: "R1", status: .inProgress, date: Self.day, author: "CDOP chair", note: "drafted",
            evidence: "https://example.org/minutes", dueDate: ISODateText.date(year: 2017, month: 6, day: 30))
        let second = RecommendationUpdate(
            recommendationID: "R3", status: .notTakenForward, date: Self.day, author: "PHE", reason: "national scheme")
        try await store.recordRecommendationUpdates([first], cycleID: cycle.id)
        try await store.recordRecommendationUpdates([second], cycleID: cycle.id)
        #expect(try await store.recommendationUpdates(cycleID: cycle.id) == [first, second])

        let plan = try ActionPlanImport(framework: TrackingFixtures.framework)
            .read(TrackingFixtures.workbook("messy-plan.csv"), fileName: "messy-plan.csv")
        var shorter = plan
        shorter.actions = Array(plan.actions.prefix(2))
        try await store.recordActionPlan(plan, cycleID: cycle.id, localityCode: "E08000001")
        try await store.recordActionPlan(shorter, cycleID: cycle.id, localityCode: "E08000001")
        #expect(try await store.currentActions(cycleID: cycle.id) == ["E08000001": shorter.actions])
        #expect(try await store.importedFiles(cycleID: cycle.id).map(\.localityCode) == ["E08000001"])
    }

    @Test(arguments: StoreKind.allCases)
    func refusesAnUnusableNameAndAnUnknownID(kind: StoreKind) async throws {
        let store = try await kind.make()
        await #expect(throws: StoreError.unusableCycleName("../nw")) {
            try await Self.cycle(in: store, name: "../nw")
        }
        await #expect(throws: StoreError.unknownCycle("42")) { try await store.cycle(id: 42) }
        await #expect(throws: StoreError.unknownCycle("42")) { try await store.publish(cycleID: 42) }
        #expect(try await store.cycles() == [])
    }

    @Test(arguments: StoreKind.allCases)
    func listsTheCurrentVersionsInLocalityCodeOrderWithWhoTookPart(kind: StoreKind) async throws {
        let store = try await kind.make()
        let cycle = try await Self.cycle(in: store)
        var bury = StoreFixture.assessment(localityCode: "E08000002", firstRating: 1)
        bury.contributorPeople = ["Public health": "Dr A. Khan, consultant"]
        var wirral = StoreFixture.assessment(localityCode: "E08000015")
        wirral.contributors = []
        wirral.marketPlace = []
        for (bytes, assessment) in [("wirral", wirral), ("bury", bury), ("bolton", StoreFixture.assessment())] {
            _ = try await store.record(StoreFixture.incoming(cycle: cycle, bytes: bytes, assessment: assessment))
        }
        let current = try await store.currentSubmissions(cycleID: cycle.id)
        #expect(current.map(\.localityCode) == ["E08000001", "E08000002", "E08000015"])
        #expect(current.map(\.version) == [1, 1, 1])
        #expect(try await store.currentAssessments(cycleID: cycle.id) == [StoreFixture.assessment(), bury, wirral])
        #expect(try await store.history(cycleID: cycle.id, localityCode: "E08000009") == [])
    }

    @Test(arguments: StoreKind.allCases)
    func freezesAPublishedCyclesIndicatorsAndMarketPlace(kind: StoreKind) async throws {
        let store = try await kind.make()
        let cycle = try await Self.cycle(in: store)
        let bolton = IndicatorValue(
            areaCode: "E08000001", indicatorID: "infant-mortality", period: "2012-14", numerator: 40,
            denominator: 10_000)
        let england = IndicatorValue(
            areaCode: "E92000001", indicatorID: "infant-mortality", period: "2012-14", numerator: 8_000,
            denominator: 2_000_000)
        let smoking = IndicatorValue(
            areaCode: "E08000001", indicatorID: "smoking-at-delivery", period: "2014/15", numerator: 300,
            denominator: 3_000)
        try await store.importIndicatorValues([smoking, england, bolton], cycleID: cycle.id, sourceFile: "a.csv")
        #expect(try await store.indicatorValues(cycleID: cycle.id) == [bolton, england, smoking])
        _ = try await store.publish(cycleID: cycle.id)
        await #expect(throws: BenchmarkingError.cyclePublished("nw-2016")) {
            try await store.importIndicatorValues([bolton], cycleID: cycle.id, sourceFile: "b.csv")
        }
        let offer = MarketPlaceEntry(
            kind: .offer, localityCode: "E08000002", themeID: "co-sleeping", title: "Safe sleep", description: "pack")
        await #expect(throws: StoreError.marketPlaceFrozen("nw-2016")) {
            try await store.addMarketEntries([offer], cycleID: cycle.id, addedAt: Self.day)
        }
        await #expect(throws: StoreError.marketPlaceFrozen("nw-2016")) {
            try await store.removeAddedMarketEntries(cycleID: cycle.id, localityCode: "E08000002", title: "Safe sleep")
        }
        await #expect(throws: StoreError.unknownCycle("999")) {
            try await store.addMarketEntries([offer], cycleID: 999, addedAt: Self.day)
        }
        await #expect(throws: StoreError.unknownCycle("999")) {
            try await store.removeAddedMarketEntries(cycleID: 999, localityCode: "E08000002", title: "Safe sleep")
        }
        await #expect(throws: StoreError.unknownCycle("999")) {
            try await store.importIndicatorValues([bolton], cycleID: 999, sourceFile: "b.csv")
        }
        #expect(try await store.addedMarketEntries(cycleID: cycle.id) == [])
    }

    @Test(arguments: StoreKind.allCases)
    func removesOnlyTheEntriesAddedOnTheDayWithTheTitle(kind: StoreKind) async throws {
        let store = try await kind.make()
        let cycle = try await Self.cycle(in: store)
        _ = try await store.record(StoreFixture.incoming(cycle: cycle, bytes: "v1"))
        let audit = MarketPlaceEntry(
            kind: .request, localityCode: "E08000001", themeID: "co-sleeping", title: "Safe sleep audit",
            description: "how to run it")
        var again = audit
        again.description = "a second time"
        let other = MarketPlaceEntry(
            kind: .offer, localityCode: "E08000002", themeID: "co-sleeping", title: "Safe sleep audit",
            description: "Bury's")
        try await store.addMarketEntries([audit, other, again], cycleID: cycle.id, addedAt: Self.day)
        let removed = try await store.removeAddedMarketEntries(
            cycleID: cycle.id, localityCode: "E08000001", title: "  safe SLEEP audit ")
        #expect(removed == [audit, again])
        #expect(try await store.addedMarketEntries(cycleID: cycle.id) == [other])
        #expect(try await store.marketEntries(cycleID: cycle.id) == StoreFixture.assessment().marketPlace + [other])
        #expect(
            try await store.removeAddedMarketEntries(cycleID: cycle.id, localityCode: "E08000001", title: "Safe sleep")
                == [])
    }

    @Test(arguments: StoreKind.allCases)
    func remembersWhichCyclesAreSynthetic(kind: StoreKind) async throws {
        let store = try await kind.make()
        let example = try await Self.cycle(in: store)
        let real = try await Self.cycle(in: store, name: "nw-2017")
        try await store.markSynthetic(cycleID: example.id)
        try await store.markSynthetic(cycleID: example.id)
        #expect(try await store.isSynthetic(cycleID: example.id))
        #expect(try await store.isSynthetic(cycleID: real.id) == false)
        await #expect(throws: StoreError.unknownCycle("999")) { try await store.markSynthetic(cycleID: 999) }
    }
}

/// A step of a conformance test that did not go as every store must make it go.
struct StoreConformanceFailure: Error, CustomStringConvertible {
    let description: String
    init(_ description: String) { self.description = description }
}
