import Foundation
import Testing

@testable import SLIKit
@testable import SpreadsheetKit

@Suite("Workbook template and filler")
struct WorkbookTemplateTests {
    @Test func rendersTheSheetsALocalityFillsIn() throws {
        let draft = SampleCycle.template.render(for: SampleCycle.bolton)
        #expect(
            draft.sheets.map(\.name) == [
                "Instructions", "Co-sleeping", "Smoking in pregnancy", "Contributors", "Market Place", "sli",
            ])
        #expect(draft.sheets.map(\.isHidden) == [false, false, false, false, false, true])
        #expect(draft.sheets.allSatisfy { $0.isProtected })
        let metadata = WorkbookLayout.metadata(in: draft.workbook)
        #expect(
            metadata == [
                .framework: "test-infant-mortality", .version: "2", .region: "north-west", .locality: "E08000001",
                .layout: "1",
            ])
        let instructions = try #require(draft[sheet: "Instructions"])
        #expect(instructions[CellReference(row: 3, column: 1)].value == .string("Bolton"))
        #expect(instructions[CellReference(row: 7, column: 1)].value == .date(SampleCycle.deadline))
        #expect(instructions[CellReference(row: 8, column: 1)].value == .string("Network lead, nw@example.org"))
    }

    @Test func locksEverythingButTheAnswersOfEachItem() throws {
        let sheet = try #require(SampleCycle.template.render(for: SampleCycle.bolton)[sheet: "Co-sleeping"])
        #expect(sheet.frozenRows == 5)
        let itemRow = (0..<9).map { sheet[5, $0] }
        #expect(itemRow.map(\.style.isLocked) == [true, true, true, false, false, false, false, false, false])
        #expect(
            itemRow.map { $0.value?.text } == [
                "L1", "Safer sleep advice is given at every contact.", "Health visiting", nil, nil, nil, nil, nil, nil,
            ])
        #expect(sheet[7, 0].value == nil, "the tracked item R1 gets no row")
        let ratings = try #require(CellRange("D6:D7"))
        #expect(
            sheet.validations == [
                ListValidation(
                    range: ratings, source: .name("sli_ratings"),
                    errorMessage: "Pick a rating from the list: 0-4 (or N/A).")
            ])
        let lists = try #require(SampleCycle.template.render(for: SampleCycle.bolton)[sheet: "sli"])
        #expect(
            (0..<6).map { lists[$0, 3].value?.text } == [
                "0 - not in place", "1 - planned", "2 - partly in place", "3 - in place", "4 - embedded and evaluated",
                "N/A",
            ])
    }

    @Test(arguments: [
        ("public health", "Public health"), ("Public Health", "Public health"), ("maternity", "Maternity services"),
        ("ccg", "Clinical commissioning group (CCG)"), ("CDOP", "Child death overview panel (CDOP)"),
        ("safeguarding board", "Local safeguarding children board"), ("children's services", "Children's services"),
        ("health visiting", "Health visiting"), ("police", "Police"), ("other", "Other"),
    ])
    func knowsAgenciesByTheirNamesOrTheirWords(text: String, name: String) {
        #expect(WorkbookLayout.agency(named: text) == name)
    }

    @Test(arguments: ["health", "fire service", ""])
    func refusesAmbiguousOrUnknownAgencies(text: String) {
        #expect(WorkbookLayout.agency(named: text) == nil)
    }

    @Test func refusesAnswersThatHaveNoPlaceInTheWorkbook() {
        let filler = WorkbookFiller(framework: SampleCycle.framework)
        let draft = SampleCycle.template.render(for: SampleCycle.bolton)
        var tracked = SampleCycle.assessment
        tracked.answers.append(Answer(itemID: "R1", themeID: "co-sleeping", rating: .level(2), source: ""))
        #expect(throws: AssessmentError.unknownItem("R1")) { try filler.fill(draft, with: tracked) }
        #expect(
            AssessmentError.unknownItem("R1").description
                == "item \"R1\" has no row in the workbook: only the framework's assessed items can be answered")
        var fire = SampleCycle.assessment
        fire.contributors.append("fire service")
        #expect(throws: AssessmentError.unknownContributor("fire service")) { try filler.fill(draft, with: fire) }
        #expect(
            AssessmentError.unknownContributor("fire service").description
                == "contributor \"fire service\" is not one of the agencies listed: Public health, Maternity services, "
                + "Health visiting, Clinical commissioning group (CCG), Children's services, "
                + "Child death overview panel (CDOP), Local safeguarding children board, Police, Other")
        var crowded = SampleCycle.assessment
        crowded.marketPlace = Array(repeating: crowded.marketPlace[1], count: 41)
        #expect(throws: AssessmentError.tooManyMarketPlaceEntries(41, rows: 40)) {
            try filler.fill(draft, with: crowded)
        }
    }
}
