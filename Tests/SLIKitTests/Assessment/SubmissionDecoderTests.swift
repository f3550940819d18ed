import Foundation
import Testing

@testable import SLIKit
@testable import SpreadsheetKit

@Suite("Submission decoder")
struct SubmissionDecoderTests {
    /// Bolton's filled workbook as the readers would return it.
    private func workbook() throws -> Workbook {
        try SampleCycle.filledDraft().workbook
    }

    private func messages(_ workbook: Workbook, fileName: String = "Bolton.xml") -> [String] {
        SampleCycle.decoder.decode(workbook, fileName: fileName).problems.map(\.description)
    }

    private func errors(_ workbook: Workbook) -> [String] {
        SampleCycle.decoder.decode(workbook, fileName: "Bolton.xml").errors.map(\.description)
    }

    @Test func decodesAFilledWorkbook() throws {
        let decoding = SampleCycle.decoder.decode(try workbook(), fileName: "Bolton.xml")
        #expect(decoding.errors.isEmpty)
        #expect(decoding.assessment == SampleCycle.assessment)
    }

    @Test func reportsARatingOffTheScaleAtItsCell() throws {
        var workbook = try workbook()
        workbook.set("Co-sleeping", "D7", .string("7"))
        #expect(
            errors(workbook) == [
                #"Bolton.xml: sheet "Co-sleeping" cell D7: rating "7" is not on the scale 0-4 (or N/A)"#
            ])
        #expect(SampleCycle.decoder.decode(workbook, fileName: "Bolton.xml").assessment == nil)
    }

    @Test func listsEveryMissingRating() throws {
        var workbook = try workbook()
        workbook.set("Co-sleeping", "D6", nil)
        workbook.set("Smoking in pregnancy", "D7", .string("   "))
        #expect(
            errors(workbook) == [
                #"Bolton.xml: sheet "Co-sleeping" cell D6: item L1 has no rating; pick one of 0-4 (or N/A) from the list"#,
                #"Bolton.xml: sheet "Smoking in pregnancy" cell D7: item L4 has no rating; pick one of 0-4 (or N/A) from the list"#,
            ])
    }

    @Test(arguments: [
        (CellValue.number(1), Rating.level(1)), (.number(1.0), .level(1)), (.string("1"), .level(1)),
        (.string(" 1 "), .level(1)), (.string("1 - planned"), .level(1)), (.string("planned"), .level(1)),
        (.string("1.0"), .level(1)), (.string("n/a"), .notApplicable), (.string("Not applicable"), .notApplicable),
        (.string("N/A"), .notApplicable),
    ])
    func acceptsARatingInTheFormsPeopleEnterIt(value: CellValue, rating: Rating) throws {
        var workbook = try workbook()
        workbook.set("Co-sleeping", "D7", value)
        let decoding = SampleCycle.decoder.decode(workbook, fileName: "Bolton.xml")
        #expect(decoding.errors.isEmpty)
        #expect(decoding.assessment?.answer(itemID: "L2")?.rating == rating)
    }

    @Test(arguments: [CellValue.string("2.5"), .number(-1), .boolean(true), .string("good"), .string("3x")])
    func rejectsRatingsThatAreNotOnTheScale(value: CellValue) throws {
        var workbook = try workbook()
        workbook.set("Co-sleeping", "D7", value)
        #expect(
            errors(workbook) == [
                "Bolton.xml: sheet \"Co-sleeping\" cell D7: rating \"\(value.text)\" is not on the scale 0-4 (or N/A)"
            ])
    }

    @Test(arguments: [
        CellValue.date(ISODateText.date(year: 2017, month: 3, day: 31)), .string("2017-03-31"), .string("31/03/2017"),
        .string("31-03-2017"), .string("31.03.17"), .number(42_825), .string(" 31/3/2017 "),
    ])
    func acceptsTargetDatesAsDatesSerialsOrText(value: CellValue) throws {
        var workbook = try workbook()
        workbook.set("Co-sleeping", "G7", value)
        let decoding = SampleCycle.decoder.decode(workbook, fileName: "Bolton.xml")
        #expect(decoding.errors.isEmpty)
        #expect(
            decoding.assessment?.answer(itemID: "L2")?.targetDate == ISODateText.date(year: 2017, month: 3, day: 31))
    }

    @Test func reportsATargetDateThatIsNotADate() throws {
        var workbook = try workbook()
        workbook.set("Co-sleeping", "G7", .string("next spring"))
        workbook.set("Smoking in pregnancy", "G7", .string("31/02/2017"))
        #expect(
            errors(workbook) == [
                #"Bolton.xml: sheet "Co-sleeping" cell G7: target date "next spring" is not a date; write it as day/month/year, for example 31/03/2017"#,
                #"Bolton.xml: sheet "Smoking in pregnancy" cell G7: target date "31/02/2017" is not a date; write it as day/month/year, for example 31/03/2017"#,
            ])
    }

    @Test func toleratesSortedRowsBlankRowsAndTrailingSpaces() throws {
        var workbook = try workbook()
        workbook.moveRow("Co-sleeping", from: 5, to: 12)
        workbook.set("Co-sleeping", "A7", .string("L2  "))
        workbook.set("Co-sleeping", "E7", .string("  nothing yet "))
        let index = try #require(workbook.sheets.firstIndex { $0.name == "Smoking in pregnancy" })
        workbook.sheets[index].name = "smoking in pregnancy "
        let decoding = SampleCycle.decoder.decode(workbook, fileName: "Bolton.xlsx")
        #expect(decoding.errors.isEmpty)
        let answers = try #require(decoding.assessment?.answers)
        #expect(answers.map(\.itemID) == ["L1", "L2", "L3", "L4"])
        #expect(answers[0].source == "Co-sleeping!D13")
        #expect(answers[0].rating == .level(3))
        #expect(answers[1].evidence == "nothing yet")
        #expect(answers[3].source == "smoking in pregnancy !D7")
    }

    @Test func reportsRowsAddedMovedAndDeleted() throws {
        var workbook = try workbook()
        workbook.set("Co-sleeping", "E9", .string("An extra note"))
        workbook.set("Co-sleeping", "A10", .string("L9"))
        workbook.moveRow("Smoking in pregnancy", from: 5, toSheet: "Co-sleeping", row: 10)
        #expect(
            errors(workbook) == [
                #"Bolton.xml: sheet "Co-sleeping" cell A9: row 9 has answers but no item ID in column A; rows cannot be added: write each answer on its item's row"#,
                #"Bolton.xml: sheet "Co-sleeping" cell A10: row 10 has item ID "L9", which is not an item of this workbook; rows cannot be added: write each answer on its item's row"#,
                #"Bolton.xml: sheet "Co-sleeping" cell A11: item L3 belongs on sheet "Smoking in pregnancy"; move its row back there"#,
                #"Bolton.xml: sheet "Smoking in pregnancy": the row for item L3 is missing; put it back from the workbook you were sent"#,
            ])
    }

    @Test func reportsADuplicatedItemRow() throws {
        var workbook = try workbook()
        workbook.set("Co-sleeping", "A8", .string("L1"))
        workbook.set("Co-sleeping", "D8", .string("2"))
        #expect(
            errors(workbook) == [
                #"Bolton.xml: sheet "Co-sleeping" cell A8: item L1 appears twice (first in row 6); keep one row per item"#
            ])
    }

    @Test func reportsAMissingAndARenamedThemeSheet() throws {
        var workbook = try workbook()
        workbook.sheets.removeAll { $0.name == "Co-sleeping" }
        let index = try #require(workbook.sheets.firstIndex { $0.name == "Smoking in pregnancy" })
        workbook.sheets[index].name = "Smoking"
        #expect(
            errors(workbook) == [
                #"Bolton.xml: sheet "Co-sleeping": this sheet is missing from the workbook; it should hold items L1 and L2, so put it back from the workbook you were sent"#,
                #"Bolton.xml: sheet "Smoking": this sheet holds the items of theme "Smoking in pregnancy"; rename it back to "Smoking in pregnancy" so its answers can be read"#,
            ])
    }

    @Test func reportsAMissingColumnAndAMissingSheet() throws {
        var workbook = try workbook()
        workbook.set("Co-sleeping", "E5", .string("Notes"))
        workbook.sheets.removeAll { $0.name == "Contributors" }
        #expect(
            errors(workbook) == [
                #"Bolton.xml: sheet "Co-sleeping" cell A5: the header row (row 5) has no column "Evidence"; put the columns back as they were in the workbook you were sent"#,
                #"Bolton.xml: sheet "Contributors": this sheet is missing from the workbook; put it back from the workbook you were sent"#,
            ])
    }

    @Test func reportsAnUnknownLocalityWithTheClosestNames() throws {
        var workbook = try workbook()
        workbook.set("sli", "B4", .string("Bolten"))
        #expect(
            errors(workbook) == [
                #"Bolton.xml: sheet "sli" cell B4: locality "Bolten" is not one of the localities of North West; did you mean Bolton?"#
            ])
    }

    @Test func findsTheLocalityOnTheInstructionsSheetWhenTheHiddenSheetIsLost() throws {
        var workbook = try workbook()
        workbook.sheets.removeAll { $0.name == "sli" }
        #expect(SampleCycle.decoder.decode(workbook, fileName: "Bolton.ods").assessment == SampleCycle.assessment)
        workbook.set("Instructions", "B4", .string("Boltn"))
        #expect(
            errors(workbook) == [
                #"Bolton.xml: sheet "Instructions" cell B4: locality "Boltn" is not one of the localities of North West; did you mean Bolton?"#
            ])
    }

    @Test func acceptsALocalityAliasOrCode() throws {
        var workbook = try workbook()
        workbook.set("sli", "B4", .string("st. helens"))
        #expect(SampleCycle.decoder.decode(workbook, fileName: "x.xml").assessment?.localityCode == "E08000013")
    }

    @Test func rejectsAnotherFrameworkOrVersion() throws {
        var other = try workbook()
        other.set("sli", "B1", .string("nst-infant-mortality-2011"))
        #expect(
            errors(other) == [
                #"Bolton.xml: sheet "sli" cell B1: this workbook is for framework "nst-infant-mortality-2011", but this cycle uses "test-infant-mortality"; fill in the workbook sent for this cycle"#
            ])
        var old = try workbook()
        old.set("sli", "B2", .string("1"))
        #expect(
            errors(old) == [
                #"Bolton.xml: sheet "sli" cell B2: this workbook was made from version "1" of framework "test-infant-mortality", but the cycle uses version "2"; copy your answers into a workbook of the current version"#
            ])
    }

    @Test func reportsMarketPlaceRowsWithUnknownThemesOrBadCapacity() throws {
        var workbook = try workbook()
        workbook.set("Market Place", "B6", .string("Sleep"))
        workbook.set("Market Place", "F7", .string("lots"))
        workbook.set("Market Place", "A7", .string("Offer "))
        workbook.set("Market Place", "A8", .string("swap"))
        workbook.set("Market Place", "B8", .string("smoking"))
        workbook.set("Market Place", "C8", .string("L1"))
        #expect(
            errors(workbook) == [
                #"Bolton.xml: sheet "Market Place" cell B6: theme "Sleep" is not a theme of this workbook; pick one from the list"#,
                #"Bolton.xml: sheet "Market Place" cell F7: capacity "lots" is not a whole number of localities from 1 to 100"#,
                #"Bolton.xml: sheet "Market Place" cell A8: "swap" is not offer or request; pick one from the list"#,
                #"Bolton.xml: sheet "Market Place" cell C8: item "L1" is not an item of theme "Smoking in pregnancy"; give one of its item IDs or leave it blank"#,
                #"Bolton.xml: sheet "Market Place" cell D8: this row has no title; give the entry a short title"#,
            ])
    }

    @Test func reportsContributorAnswersThatAreNotYesOrNo() throws {
        var workbook = try workbook()
        workbook.set("Contributors", "B6", .string("maybe"))
        #expect(
            errors(workbook) == [
                #"Bolton.xml: sheet "Contributors" cell B6: "maybe" is not yes or no; pick one from the list"#
            ])
    }

    @Test func warnsWithoutRejectingWhenEvidenceOrContributorsAreMissing() throws {
        var workbook = try workbook()
        workbook.set("Co-sleeping", "E6", nil)
        for row in 5...13 { workbook.set("Contributors", "B\(row)", .string("no")) }
        let decoding = SampleCycle.decoder.decode(workbook, fileName: "Bolton.xml")
        #expect(decoding.assessment != nil)
        #expect(decoding.errors.isEmpty)
        #expect(
            decoding.warnings.map(\.description) == [
                #"Bolton.xml: sheet "Co-sleeping" cell E6: item L1 is rated 3 (in place) but has no evidence; say briefly what shows it"#,
                #"Bolton.xml: sheet "Contributors": no agency is marked as contributing; answer yes for each agency that took part"#,
            ])
        #expect(decoding.warnings.allSatisfy { $0.severity == .warning })
    }

    @Test func warnsAtAFormulaWithoutASavedResult() throws {
        let written = try SpreadsheetWriter.data(for: SampleCycle.filledDraft(), format: .spreadsheetML)
        let text = String(decoding: written, as: UTF8.self).replacing(
            #/(<Cell[^>]*)><Data ss:Type="String">Audit of 200[^<]*</Data></Cell>/#
        ) { "\($0.output.1) ss:Formula=\"=Notes!A1\"/>" }
        let read = try SpreadsheetReader.read(data: Data(text.utf8), fileName: "Bolton.xml")
        let decoding = SampleCycle.decoder.decode(read.workbook, fileName: "Bolton.xml")
        #expect(decoding.errors.isEmpty)
        #expect(
            decoding.warnings.map(\.description) == [
                #"Bolton.xml: sheet "Co-sleeping" cell E6: the formula has no saved result; open and save the file in Excel or LibreOffice"#,
                #"Bolton.xml: sheet "Co-sleeping" cell E6: item L1 is rated 3 (in place) but has no evidence; say briefly what shows it"#,
            ])
    }

    @Test func reportsAWorkbookThatDoesNotSayWhoItIsFor() {
        let blank = Workbook(sheets: [Sheet(name: "Sheet1")])
        #expect(
            messages(blank, fileName: "notes.xlsx") == [
                #"notes.xlsx: cannot tell which locality this workbook is for: the hidden sheet "sli" is missing and sheet "Instructions" names no locality; start again from the workbook you were sent"#
            ])
    }
}

extension Workbook {
    /// Sets (or clears, with `nil`) a cell given in A1 notation.
    mutating func set(_ sheet: String, _ cell: String, _ value: CellValue?) {
        guard let index = sheets.firstIndex(where: { $0.name == sheet }), let reference = CellReference(cell) else {
            return
        }
        sheets[index].cells[reference] = value
    }

    /// Moves a zero-based row's cells to another row, on the same sheet or another.
    mutating func moveRow(_ sheet: String, from row: Int, toSheet target: String? = nil, row newRow: Int) {
        guard let index = sheets.firstIndex(where: { $0.name == sheet }),
            let targetIndex = sheets.firstIndex(where: { $0.name == target ?? sheet })
        else { return }
        let moving = sheets[index].cells.filter { $0.key.row == row }
        for (reference, _) in moving { sheets[index].cells[reference] = nil }
        for (reference, value) in moving {
            sheets[targetIndex].cells[CellReference(row: newRow, column: reference.column)] = value
        }
    }

    /// Moves a zero-based row's cells to another row of the same sheet.
    mutating func moveRow(_ sheet: String, from row: Int, to newRow: Int) {
        moveRow(sheet, from: row, toSheet: nil, row: newRow)
    }
}
