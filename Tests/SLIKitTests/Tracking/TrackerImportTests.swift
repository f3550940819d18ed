import Foundation
import Testing

@testable import SLIKit
@testable import SpreadsheetKit

@Suite("Tracker workbook")
struct TrackerImportTests {
    private let day = TrackingFixtures.day

    private func tracker() throws -> RecommendationTracker {
        try RecommendationTracker(
            framework: TrackingFixtures.framework,
            updates: [
                RecommendationUpdate(
                    recommendationID: "R1", status: .inProgress, date: day(2017, 1, 5), author: "CDOP chair",
                    note: "drafting", dueDate: day(2017, 6, 30))
            ])
    }

    @Test func writesOneSheetPerLeadBody() throws {
        let workbook = TrackerWorkbook.workbook(try tracker(), asOf: day(2017, 2, 1))
        #expect(workbook.sheets.map(\.name) == ["CDOPs", "PHE", "no lead named"])
        let sheet = workbook.sheets[0]
        #expect(sheet[0, 0] == .string("ID"))
        #expect(sheet[1, 0] == .string("R1"))
        #expect(sheet[1, 4] == .date(day(2017, 6, 30)))
        #expect(sheet[1, 5] == .string("in-progress"))
        #expect(sheet[1, 6] == .string("drafting"))
        #expect(sheet[2, 0] == .string("R3"))
        #expect(sheet[2, 5] == .string("not-started"))
    }

    @Test func appliesOnlyTheRowsALeadBodyChanged() throws {
        let tracker = try tracker()
        var workbook = TrackerWorkbook.workbook(tracker, asOf: day(2017, 2, 1))
        workbook.sheets[0][CellReference(row: 1, column: 5)] = .string("Completed")
        workbook.sheets[0][CellReference(row: 1, column: 6)] = .string("guidance agreed")
        workbook.sheets[1][CellReference(row: 1, column: 5)] = .string("In progress")
        workbook.sheets[1][CellReference(row: 1, column: 9)] = .string("PHE lead")
        let result = TrackerImport(tracker: tracker, defaultAuthor: "network lead", defaultDate: day(2017, 9, 1))
            .read(workbook, fileName: "tracker.xml")
        #expect(result.problems == [])
        #expect(result.updates.map(\.recommendationID) == ["R1", "R2"])
        #expect(result.updates.map(\.status) == [.completed, .inProgress])
        #expect(result.updates.map(\.author) == ["network lead", "PHE lead"])
        #expect(result.updates[0].date == day(2017, 9, 1))
        #expect(result.updates[0].dueDate == day(2017, 6, 30))
    }

    @Test func namesTheSheetAndCellOfEveryBadValue() throws {
        let tracker = try tracker()
        var workbook = TrackerWorkbook.workbook(tracker, asOf: day(2017, 2, 1))
        workbook.sheets[0][CellReference(row: 1, column: 5)] = .string("nearly there")
        workbook.sheets[0][CellReference(row: 2, column: 5)] = .string("not taken forward")
        workbook.sheets[1][CellReference(row: 1, column: 0)] = .string("R99")
        workbook.sheets[2][CellReference(row: 1, column: 4)] = .string("soon")
        let result = TrackerImport(tracker: tracker, defaultAuthor: "network lead", defaultDate: day(2017, 9, 1))
            .read(workbook, fileName: "tracker.xml")
        #expect(
            result.problems.map(\.description) == [
                "tracker.xml: sheet \"CDOPs\" cell F2: status \"nearly there\" is not one of not-started, in-progress, "
                    + "completed, not-taken-forward",
                "tracker.xml: sheet \"CDOPs\" cell I3: recommendation R3: status not-taken-forward needs a reason",
                "tracker.xml: sheet \"PHE\" cell A2: recommendation \"R99\" is not a tracked recommendation of "
                    + "framework test-tracking",
                "tracker.xml: sheet \"no lead named\" cell E2: due date \"soon\" is not a date: expected YYYY-MM-DD",
            ])
    }

    @Test(arguments: [SpreadsheetFormat.spreadsheetML, .xlsx])
    func readsBackTheWrittenTrackerUnchanged(format: SpreadsheetFormat) throws {
        let tracker = try tracker()
        let draft = TrackerWorkbook.draft(tracker, asOf: day(2017, 2, 1))
        #expect(draft.sheets.allSatisfy { $0.isProtected })
        #expect(draft.sheets[0][1, 5].style.isLocked == false)
        #expect(draft.sheets[0][1, 0].style.isLocked)
        let data = try SpreadsheetWriter.data(for: draft, format: format)
        let read = try SpreadsheetReader.read(data: data, fileName: "tracker.\(format.fileExtension)")
        #expect(read.workbook.sheets.map(\.name) == ["CDOPs", "PHE", "no lead named"])
        let result = TrackerImport(tracker: tracker, defaultAuthor: "network lead", defaultDate: day(2017, 9, 1))
            .read(read.workbook, fileName: "tracker.\(format.fileExtension)")
        #expect(result.problems == [])
        #expect(result.updates == [])
    }
}
