import Foundation
import Testing

@testable import SLIKit
@testable import SpreadsheetKit

@Suite("Action plan import")
struct ActionPlanImportTests {
    private let importer = ActionPlanImport(framework: TrackingFixtures.framework)

    private func messyPlan() throws -> ActionPlan {
        try importer.read(TrackingFixtures.workbook("messy-plan.csv"), fileName: "messy-plan.csv")
    }

    @Test func findsTheHeaderRowBelowTheTitleAndMapsWordedHeaders() throws {
        let plan = try messyPlan()
        #expect(plan.headerRow == 3)
        #expect(plan.columns[.reference] == 0)
        #expect(plan.columns[.issue] == 1)
        #expect(plan.columns[.rationale] == 2)
        #expect(plan.columns[.action] == 3)
        #expect(plan.columns[.outcome] == 4)
        #expect(plan.columns[.lead] == 5)
        #expect(plan.columns[.reporting] == 6)
        #expect(plan.columns[.deepDive] == 7)
        #expect(plan.columns[.completion] == 8)
        #expect(plan.columns[.status] == 9)
        #expect(plan.columns[.recommendations] == 10)
    }

    @Test func readsActionsSectionsAndCarriedIssues() throws {
        let plan = try messyPlan()
        #expect(plan.actions.map(\.row) == [5, 6, 8, 11, 12])
        let first = try #require(plan.actions.first)
        #expect(first.section == "1. Safer sleep")
        #expect(first.reference == "1.1")
        #expect(first.lead == "Midwifery")
        #expect(first.deepDive == TrackingFixtures.day(2016, 11, 30))
        #expect(first.completionDate == TrackingFixtures.day(2017, 3, 31))
        #expect(first.status == .inProgress)
        let second = plan.actions[1]
        #expect(second.reference == "1.1")
        #expect(second.issue == "Safer sleep messages")
        #expect(second.completionDate == TrackingFixtures.day(2017, 6, 30))
        #expect(second.status == .completed)
        #expect(plan.actions[2].completionDate == TrackingFixtures.day(2017, 12, 31))
        #expect(plan.actions[3].section == "2. Smoking in pregnancy")
        #expect(plan.actions[3].completionText == "Ongoing")
        #expect(plan.actions[3].completionDate == nil)
    }

    @Test func linksNamedRecommendationsAndMatchesWordingWhenNoneIsNamed() throws {
        let plan = try messyPlan()
        #expect(plan.actions.map(\.recommendationIDs) == [["L1"], ["L1", "L2"], [], ["L4"], []])
        #expect(plan.actions[0].link == .named)
        #expect(plan.actions[3].link == .matchedText(score: 0.8))
        #expect(plan.actions[4].link == .none)
    }

    @Test func readsARowWithoutAnActionAsTheContinuationOfTheActionAbove() throws {
        let plan = try messyPlan()
        #expect(plan.continuationRows == [7])
        #expect(plan.actions.count == 5)
        let continued = plan.actions[1]
        #expect(continued.row == 6)
        #expect(continued.lead == "Health visiting\nSTOP, Midwifery")
        #expect(continued.reporting == "report to IMSG\nby exception")
        #expect(continued.deepDive == TrackingFixtures.day(2017, 5, 31))
        #expect(continued.completionDate == TrackingFixtures.day(2017, 6, 30))
        #expect(continued.status == .completed)
    }

    @Test func refusesARowWithoutAnActionBeforeAnyAction() throws {
        let sheet = Sheet(
            name: "Plan",
            cells: [
                CellReference(row: 0, column: 0): .string("Action"), CellReference(row: 0, column: 1): .string("Lead"),
                CellReference(row: 0, column: 2): .string("By when"),
                CellReference(row: 1, column: 1): .string("Midwifery"),
                CellReference(row: 1, column: 2): .string("Mar-17"),
                CellReference(row: 2, column: 0): .string("Train all midwives"),
            ])
        let plan = try importer.read(Workbook(sheets: [sheet]), fileName: "plan.xlsx")
        #expect(
            plan.problems.map(\.description) == [
                "plan.xlsx: sheet \"Plan\" cell A2: row 2 has no action: expected text under \"Action\""
            ])
        #expect(plan.actions.map(\.action) == ["Train all midwives"])
        #expect(plan.continuationRows.isEmpty)
    }

    @Test func reportsUnusableRowsAndCellsByNumber() throws {
        let plan = try messyPlan()
        #expect(plan.hasErrors)
        #expect(
            plan.problems.map(\.description) == [
                "messy-plan.csv: sheet \"messy-plan\" cell J8: status \"Purple\" is not recognised: expected not "
                    + "started, in progress, completed, not taken forward or a RAG colour",
                "messy-plan.csv: sheet \"messy-plan\" cell K8: recommendation \"L9\" is not in framework test-tracking",
            ])
    }

    @Test func readsAPlanLaidOutWithObjectivesLeadsAndProgress() throws {
        var sheet = Sheet(name: "Plan v3")
        let rows: [[CellValue?]] = [
            [.string("Priority 2: To reduce the number of deaths caused by co-sleeping")],
            [
                .string("Objective"), .string("Action Plan"), .string("Lead"), .string("Partners"),
                .string("Timescale"), .string("Progress"), .string("Recommendation(s)"),
            ],
            [
                .string("2.1 To improve professional advice about co-sleeping"),
                .string("Develop a safer sleep assessment tool"), .string("SUDC Prevention Group"),
                .string("CDOP\nPublic Health"), .date(TrackingFixtures.day(2020, 9, 30)), .string("On track"),
                .string("Recommendation 2"),
            ],
            [nil, .string("Audit safer sleep messages"), nil, nil, .string("Mar 2021"), .string("Done"), .number(1)],
        ]
        for (row, values) in rows.enumerated() {
            for (column, value) in values.enumerated() {
                sheet[CellReference(row: row, column: column)] = value
            }
        }
        let plan = try importer.read(Workbook(sheets: [Sheet(name: "Cover"), sheet]), fileName: "plan.xml")
        #expect(plan.sheet == "Plan v3")
        #expect(plan.headerRow == 2)
        #expect(plan.headers[.issue] == "Objective")
        #expect(plan.headers[.partners] == "Partners")
        #expect(plan.problems == [])
        #expect(
            plan.actions.map(\.issue) == [
                "2.1 To improve professional advice about co-sleeping",
                "2.1 To improve professional advice about co-sleeping",
            ])
        #expect(
            plan.actions.map(\.completionDate) == [
                TrackingFixtures.day(2020, 9, 30), TrackingFixtures.day(2021, 3, 31),
            ])
        #expect(plan.actions.map(\.status) == [.inProgress, .completed])
        #expect(plan.actions.map(\.recommendationIDs) == [["L2"], ["L1"]])
    }

    @Test func refusesASpreadsheetWithNoHeaderRow() {
        let sheet = Sheet(name: "Notes", cells: [CellReference(row: 0, column: 0): .string("Action")])
        let error = #expect(throws: TrackingError.self) {
            try importer.read(Workbook(sheets: [sheet]), fileName: "notes.csv")
        }
        #expect(
            error?.description
                == "notes.csv: no header row found: expected a row naming an action column and at least two of "
                + "issue, rationale, outcome, lead, reporting, deep dive, completion date, status, recommendation")
    }

    @Test(arguments: [
        ("Lead", ActionPlanColumn.lead), ("Accountability", .lead), ("Responsible officer", .lead),
        ("By when", .completion), ("Timescale", .completion), ("Completion date", .completion),
        ("RAG", .status), ("Progress", .status), ("Date to be completed", .completion),
        ("Date for \"deep dive\"", .deepDive), ("How are they reporting back?", .reporting),
        ("Outcome: What change do we want to see?", .outcome), ("Detail /Rationale", .rationale), ("no.", .reference),
    ])
    func recognisesHeaderWordings(header: String, column: ActionPlanColumn) {
        #expect(ActionPlanColumn.match(header: header) == column)
    }

    @Test(arguments: [
        ("Nov-16", "2016-11-30"), ("Complete by June 2017", "2017-06-30"),
        ("accumulating risk factors 01/02/2018", "2018-02-01"),
        ("2017-05-31", "2017-05-31"), ("Feb 2020", "2020-02-29"),
    ])
    func readsPlanDates(text: String, expected: String) {
        #expect(PlanDateText.parse(text).map(ISODateText.format) == expected)
    }

    @Test func readsNoDateFromOngoingWork() {
        #expect(PlanDateText.parse("Review regularly") == nil)
        #expect(PlanDateText.parse("on going") == nil)
    }

    @Test func readsASpreadsheetMLPlanWithItsHeaderInRowThree() throws {
        let plan = try importer.read(TrackingFixtures.workbook("plan-v3.xml"), fileName: "plan-v3.xml")
        #expect(plan.problems == [])
        #expect(plan.sheet == "Action plan")
        #expect(plan.headerRow == 3)
        #expect(plan.headers[.status] == "Progress (RAG)")
        #expect(plan.actions.map(\.row) == [4, 5, 7])
        #expect(plan.actions.map(\.action)[0] == "Train the trainers in the safer sleep steps")
        #expect(plan.actions[1].issue == "1.1 To deliver consistent safer sleep messages")
        #expect(plan.actions[0].partners == "CDOP\nPublic Health\nHealth Visiting")
        #expect(plan.actions.map(\.section) == [nil, nil, "Priority 2: Smoking in pregnancy"])
        #expect(
            plan.actions.map(\.completionDate) == [
                TrackingFixtures.day(2020, 9, 30), TrackingFixtures.day(2021, 3, 31), nil,
            ])
        #expect(plan.actions.map(\.status) == [.inProgress, .completed, .inProgress])
        #expect(plan.actions.map(\.recommendationIDs) == [["L1", "L2"], ["L1"], ["L4"]])
        #expect(plan.actions[2].link == .matchedText(score: 1))
    }
}
