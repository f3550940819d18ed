import Foundation
import Testing

@testable import SLIKit

@Suite("Recommendation tracking")
struct RecommendationTrackerTests {
    private let day = TrackingFixtures.day

    private func update(
        _ id: String, _ status: RecommendationStatus, _ date: Date, note: String = "", reason: String? = nil,
        due: Date? = nil
    ) -> RecommendationUpdate {
        RecommendationUpdate(
            recommendationID: id, status: status, date: date, author: "Network lead", note: note, reason: reason,
            dueDate: due)
    }

    @Test func keepsEveryUpdateAndTakesTheLatestAsCurrent() throws {
        var tracker = try RecommendationTracker(framework: TrackingFixtures.framework)
        try tracker.record(update("R1", .inProgress, day(2017, 3, 1), note: "guidance drafted"))
        try tracker.record(update("R1", .completed, day(2017, 9, 1), note: "guidance agreed"))
        try tracker.record(update("r1", .notStarted, day(2017, 1, 10), note: "late report of the first meeting"))
        #expect(tracker.updates.count == 3)
        #expect(
            tracker.history(of: "R1").map(\.note) == [
                "late report of the first meeting", "guidance drafted", "guidance agreed",
            ])
        #expect(tracker.history(of: "R1").allSatisfy { $0.recommendationID == "R1" })
        let now = tracker.recommendations(asOf: day(2017, 12, 31))
        #expect(now.first { $0.item.id == "R1" }?.status == .completed)
        let spring = tracker.recommendations(asOf: day(2017, 4, 1))
        #expect(spring.first { $0.item.id == "R1" }?.status == .inProgress)
        #expect(spring.first { $0.item.id == "R2" }?.status == .notStarted)
        #expect(spring.first { $0.item.id == "R2" }?.latestUpdate == nil)
    }

    @Test func ofTwoUpdatesOnOneDayTheLaterRecordedWins() throws {
        let tracker = try RecommendationTracker(
            framework: TrackingFixtures.framework,
            updates: [update("R2", .inProgress, day(2017, 5, 5)), update("R2", .completed, day(2017, 5, 5))])
        #expect(tracker.recommendations(asOf: day(2017, 5, 5)).first { $0.item.id == "R2" }?.status == .completed)
    }

    @Test func notTakenForwardNeedsAReason() throws {
        var tracker = try RecommendationTracker(framework: TrackingFixtures.framework)
        #expect(throws: TrackingError.missingReason(recommendationID: "R3")) {
            try tracker.record(update("R3", .notTakenForward, day(2017, 6, 1), reason: "  "))
        }
        #expect(
            TrackingError.missingReason(recommendationID: "R3").description
                == "recommendation R3: status not-taken-forward needs a reason")
        try tracker.record(update("R3", .notTakenForward, day(2017, 6, 1), reason: "covered by the national scheme"))
        #expect(tracker.updates.count == 1)
    }

    @Test func refusesItemsThatAreNotTracked() throws {
        var tracker = try RecommendationTracker(framework: TrackingFixtures.framework)
        let error = #expect(throws: TrackingError.self) {
            try tracker.record(update("L1", .completed, day(2017, 1, 1)))
        }
        #expect(
            error?.description == "recommendation \"L1\" is not a tracked recommendation of framework test-tracking")
        var anonymous = update("R1", .completed, day(2017, 1, 1))
        anonymous.author = ""
        #expect(throws: TrackingError.missingAuthor(recommendationID: "R1")) { try tracker.record(anonymous) }
    }

    @Test func flagsOpenRecommendationsPastTheirLatestDueDate() throws {
        let tracker = try RecommendationTracker(
            framework: TrackingFixtures.framework,
            updates: [
                update("R1", .inProgress, day(2017, 1, 1), due: day(2017, 3, 31)),
                update("R1", .inProgress, day(2017, 3, 1), due: day(2017, 6, 30)),
                update("R2", .completed, day(2017, 2, 1), due: day(2017, 1, 31)),
                update("R3", .notStarted, day(2017, 2, 1), due: day(2017, 4, 30)),
            ])
        func overdue(_ day: Date) -> [String] {
            tracker.recommendations(asOf: day).filter(\.isOverdue).map(\.item.id)
        }
        #expect(overdue(day(2017, 4, 30)) == [])
        #expect(overdue(day(2017, 5, 1)) == ["R3"])
        #expect(overdue(day(2017, 7, 1)) == ["R1", "R3"])
        #expect(
            tracker.recommendations(asOf: day(2017, 7, 1)).first { $0.item.id == "R1" }?.dueDate == day(2017, 6, 30))
    }

    @Test func summarisesByLeadBodyAndByTheme() throws {
        let tracker = try RecommendationTracker(
            framework: TrackingFixtures.framework,
            updates: [
                update("R1", .completed, day(2017, 1, 1)),
                update("R2", .inProgress, day(2017, 1, 1), due: day(2017, 2, 1)),
                update("R3", .notTakenForward, day(2017, 1, 1), reason: "no funding"),
            ])
        let byLead = tracker.summaryByLead(asOf: day(2017, 3, 1))
        #expect(byLead.map(\.group) == ["CDOPs", "PHE", "no lead named"])
        #expect(byLead[0].total == 2)
        #expect(byLead[0].count(.completed) == 1)
        #expect(byLead[0].count(.notTakenForward) == 1)
        #expect(byLead[0].completedShare == 0.5)
        #expect(byLead[1].overdue == 1)
        #expect(byLead[2].count(.notStarted) == 1)
        let byTheme = tracker.summaryByTheme(asOf: day(2017, 3, 1))
        #expect(byTheme.map(\.group) == ["Safer sleep", "Smoking in pregnancy"])
        #expect(byTheme.map { $0.count(.inProgress) } == [1, 0])
        #expect(byTheme.map(\.total) == [2, 2])
    }

    @Test(arguments: [
        ("In Progress", RecommendationStatus.inProgress), ("not_started", .notStarted), ("Complete", .completed),
        ("BLUE", .completed), ("amber", .inProgress), ("Not taken forward", .notTakenForward),
        ("not-taken-forward", .notTakenForward), ("on going", .inProgress),
    ])
    func readsStatusesAsPeopleWriteThem(text: String, status: RecommendationStatus) {
        #expect(RecommendationStatus.parse(text) == status)
    }

    @Test func refusesUnknownStatusWords() {
        #expect(RecommendationStatus.parse("Purple") == nil)
        #expect(
            TrackingError.unknownStatus("Purple").description
                == "status \"Purple\" is not one of not-started, in-progress, completed, not-taken-forward")
    }

    @Test func countsARecommendationUnderEachLeadBodyItNames() throws {
        let framework = Framework(
            id: "shared-leads", version: "1", title: "Shared leads",
            themes: [
                Theme(
                    id: "t", name: "Theme",
                    items: [
                        Item(id: "R1", text: "Joint work", proposedLead: "PHE North West; CDOPs", role: .tracked),
                        Item(id: "R2", text: "Panel work", proposedLead: "CDOPs", role: .tracked),
                    ])
            ])
        let tracker = try RecommendationTracker(framework: framework)
        let byLead = tracker.summaryByLead(asOf: day(2017, 1, 1))
        #expect(byLead.map(\.group) == ["PHE North West", "CDOPs"])
        #expect(byLead.map(\.total) == [1, 2])
        let workbook = TrackerWorkbook.workbook(tracker, asOf: day(2017, 1, 1))
        #expect(workbook.sheets.map { $0[1, 0] } == [.string("R1"), .string("R1")])
        #expect(workbook.sheets[1][2, 0] == .string("R2"))
    }
}
