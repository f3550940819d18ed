import Foundation
import Testing
import ZIPFoundation

@testable import SLIKit
@testable import SQLiteStore
@testable import SpreadsheetKit

@Suite("Workbook page setup and text cells")
struct WorkbookPrintingTests {
    private static let template = WorkbookTemplate(
        framework: SampleCycle.framework, region: SampleCycle.region, deadline: SampleCycle.deadline,
        cycle: "nw-2016")
    private static let draft = template.render(for: SampleCycle.bolton)
    private static let title = "Bolton · cycle nw-2016 · Infant mortality self-assessment (test)"

    @Test func everyVisibleSheetPrintsWithTheLocalityAndCycleAndRepeatsItsHeaderRow() {
        let setups = Self.draft.sheets.map { ($0.name, $0.pageSetup) }
        #expect(
            setups.map(\.0) == [
                "Instructions", "Co-sleeping", "Smoking in pregnancy", "Contributors", "Market Place", "sli",
            ])
        #expect(
            setups.map(\.1) == [
                PageSetup(title: Self.title), PageSetup(title: Self.title, repeatedRows: 4...4),
                PageSetup(title: Self.title, repeatedRows: 4...4), PageSetup(title: Self.title, repeatedRows: 3...3),
                PageSetup(title: Self.title, repeatedRows: 4...4), nil,
            ])
        let untitled = WorkbookTemplate(framework: SampleCycle.framework, region: SampleCycle.region)
        #expect(
            untitled.render(for: SampleCycle.bolton).sheets[0].pageSetup?.title
                == "Bolton · Infant mortality self-assessment (test)")
    }

    @Test func freeTextCellsAreFormattedAsTextAndRatingsAndDatesAreNot() throws {
        let sheet = try #require(Self.draft[sheet: "Co-sleeping"])
        #expect(
            (3..<9).map { sheet[5, $0].style.numberFormat } == [.general, .text, .text, .date, .text, .text])
        let contributors = try #require(Self.draft[sheet: "Contributors"])
        #expect([1, 2].map { contributors[4, $0].style.numberFormat } == [.general, .text])
        let market = try #require(Self.draft[sheet: "Market Place"])
        #expect(
            (0..<6).map { market[5, $0].style.numberFormat } == [.general, .general, .text, .text, .text, .general])
    }

    @Test func rowsAreTallEnoughForTheirWrappedText() throws {
        let instructions = try #require(Self.draft[sheet: "Instructions"])
        // Step 6 wraps to three lines in the 90-character column; one-line rows keep the default height.
        let step = try #require(instructions[16, 1].value?.text)
        #expect(step.hasPrefix("6. Do not rename"))
        #expect(SheetDraft.wrappedLineCount(step, width: 89) == 3)
        #expect(instructions.rowHeights[16] == 48)
        #expect(instructions.rowHeights[3] == nil)
        let market = try #require(Self.draft[sheet: "Market Place"])
        #expect(market.rowHeights[4] == 48, "the header \"Capacity (offers: how many localities)\" takes three lines")
        #expect(SheetDraft.wrappedLineCount("a b c", width: 3) == 2)
        #expect(SheetDraft.wrappedLineCount(String(repeating: "x", count: 25), width: 10) == 3)
    }

    @Test func spreadsheetMLCarriesTheSetup() throws {
        let text = try #require(
            String(data: try SpreadsheetWriter.data(for: Self.draft, format: .spreadsheetML), encoding: .utf8))
        #expect(text.contains(#"<NamedRange ss:Name="Print_Titles" ss:RefersTo="='Co-sleeping'!R5"/>"#))
        #expect(text.contains("<Layout x:Orientation=\"Landscape\"/>"))
        #expect(text.contains("<Header x:Margin=\"0.3\" x:Data=\"&amp;C\(Self.title)\"/>"))
        #expect(text.contains("<FitToPage/>\n   <Print>\n    <FitHeight>0</FitHeight>"))
        #expect(text.contains("<PaperSizeIndex>9</PaperSizeIndex>"))
        #expect(text.contains("<NumberFormat ss:Format=\"@\"/>"))
        #expect(text.contains("<Row ss:Index=\"17\" ss:AutoFitHeight=\"0\" ss:Height=\"48\">"))
    }

    @Test func xlsxCarriesTheSetup() throws {
        let archive = try Archive(data: try SpreadsheetWriter.data(for: Self.draft, format: .xlsx), accessMode: .read)
        func part(_ path: String) throws -> String {
            let entry = try #require(archive[path])
            var data = Data()
            _ = try archive.extract(entry) { data.append($0) }
            return String(decoding: data, as: UTF8.self)
        }
        let workbook = try part("xl/workbook.xml")
        #expect(
            workbook.contains(
                #"<definedName name="_xlnm.Print_Titles" localSheetId="1">'Co-sleeping'!$5:$5</definedName>"#))
        let sheet = try part("xl/worksheets/sheet2.xml")
        #expect(sheet.contains(#"<sheetPr><pageSetUpPr fitToPage="1"/></sheetPr><dimension"#))
        #expect(sheet.contains(#"<pageSetup paperSize="9" orientation="landscape" fitToWidth="1" fitToHeight="0"/>"#))
        #expect(sheet.contains("<headerFooter><oddHeader>&amp;C\(Self.title)</oddHeader></headerFooter></worksheet>"))
        #expect(try part("xl/worksheets/sheet5.xml").contains(#"<row r="5" ht="48" customHeight="1">"#))
        #expect(try part("xl/styles.xml").contains(#"<xf numFmtId="49""#))
        #expect(try !part("xl/worksheets/sheet6.xml").contains("pageSetup"), "the hidden sheet is not printed")
    }

    @Test func flatODSCarriesTheSetup() throws {
        let text = try #require(
            String(data: try SpreadsheetWriter.data(for: Self.draft, format: .fods), encoding: .utf8))
        #expect(
            text.contains(
                #"fo:page-width="29.7cm" fo:page-height="21cm" style:print-orientation="landscape" style:scale-to-X="1" style:scale-to-Y="0""#
            ))
        #expect(text.contains("<style:master-page style:name=\"mp1\" style:page-layout-name=\"pm1\"><style:header>"))
        #expect(text.contains("<style:region-center><text:p>\(Self.title)</text:p></style:region-center>"))
        #expect(text.contains(#"<table:table table:name="Co-sleeping" table:style-name="tp1" table:protected="true">"#))
        #expect(text.contains(#"<table:table table:name="sli" table:style-name="ta2""#))
        #expect(text.contains("    <table:table-header-rows>\n    <table:table-row table:style-name=\"ro"))
        #expect(text.contains(#"<number:text-style style:name="N2"><number:text-content/></number:text-style>"#))
        #expect(text.contains(#"style:row-height="1.693cm" style:use-optimal-row-height="false""#))
    }

    @Test func freeTextAsASpreadsheetConvertedItIsReadAsTheCellShowedIt() throws {
        var workbook = try SampleCycle.filledDraft().workbook
        let noon = try #require(ISODateText.parse("1899-12-30T12:30:00"))
        workbook.set("Co-sleeping", "E6", .date(noon))
        workbook.set("Co-sleeping", "F6", .number(1_204_333_444))
        workbook.set("Co-sleeping", "H6", .date(ISODateText.date(year: 2016, month: 2, day: 1)))
        let assessment = try #require(SampleCycle.decoder.decode(workbook, fileName: "Bolton.xlsx").assessment)
        let answer = try #require(assessment.answer(itemID: "L1"))
        #expect(answer.evidence == "12:30")
        #expect(answer.lead == "1204333444")
        #expect(answer.goodPractice == "01/02/2016")
    }

    @Test func whoTookPartIsReadForEachContributingAgency() throws {
        var assessment = SampleCycle.assessment
        assessment.contributorPeople = ["Public health": "Dr A. Khan (DPH)", "Police": "DS Jones"]
        let draft = try WorkbookFiller(framework: SampleCycle.framework).fill(
            SampleCycle.template.render(for: SampleCycle.bolton), with: assessment)
        var workbook = draft.workbook
        let decoding = SampleCycle.decoder.decode(workbook, fileName: "Bolton.xml")
        #expect(decoding.assessment == assessment)
        workbook.set("Contributors", "C7", .string("Sam Patel"))
        let stray = SampleCycle.decoder.decode(workbook, fileName: "Bolton.xml")
        #expect(
            stray.warnings.map(\.description) == [
                #"Bolton.xml: sheet "Contributors" cell C7: names are given for Health visiting but B7 does not say yes; answer yes if it took part (otherwise the names are not kept)"#
            ])
        #expect(stray.assessment?.contributorPeople == assessment.contributorPeople)
    }

    @Test func theStoreKeepsWhoTookPart() async throws {
        let store = try Store(path: StoreFixture().path)
        let cycle = try await store.createCycle(
            name: "nw-2016", regionID: "north-west", frameworkID: SampleCycle.framework.id)
        var assessment = SampleCycle.assessment
        assessment.contributorPeople = ["Maternity services": "Head of midwifery"]
        _ = try await store.record(
            IncomingSubmission(
                cycleID: cycle.id, fileName: "Bolton.xml", format: .spreadsheetML, bytes: Data("x".utf8),
                receivedAt: SampleCycle.deadline, submittedBy: "test", assessment: assessment, warnings: []))
        await #expect(try store.currentAssessments(cycleID: cycle.id) == [assessment])
    }
}
