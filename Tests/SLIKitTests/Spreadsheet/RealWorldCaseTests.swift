import Foundation
import SLIKit
import SpreadsheetKit
import Testing

/// Cases seen in real-world files (named in each test), rebuilt here as small files of their own.
@Suite("Readers on real-world cases")
struct RealWorldCaseTests {
    typealias Support = ReaderTestSupport

    private static let dateStyles = #"<cellXfs count="2"><xf numFmtId="0"/><xf numFmtId="14"/></cellXfs>"#

    private func readXLSX(
        rows: String, sharedStrings: String? = nil, styles: String? = nil, workbookHead: String = ""
    ) throws -> Sheet {
        let data = try Support.xlsx(
            rows: rows, sharedStrings: sharedStrings, styles: styles, workbookHead: workbookHead)
        let book = try SpreadsheetReader.read(data: data, fileName: "test.xlsx").workbook
        return try #require(book.sheet(named: "Data"))
    }

    /// `sheetjs-1904-1904.xlsx`: Excel writes an `x15:workbookPr` without the flag after the real one.
    @Test(arguments: [("1", "1904-01-02"), ("true", "1904-01-02"), ("0", "1900-01-01"), ("false", "1900-01-01")])
    func honoursTheDate1904Flag(flag: String, date: String) throws {
        let head =
            #"<workbookPr date1904="\#(flag)"/><extLst><ext uri="{140A7094-0E35-4892-8432-C4D2E57EDEB5}" "#
            + #"xmlns:x15="http://schemas.microsoft.com/office/spreadsheetml/2010/11/main">"#
            + #"<x15:workbookPr chartTrackingRefBase="1"/></ext></extLst>"#
        let sheet = try readXLSX(
            rows: #"<row r="1"><c r="B1" s="1"><v>1</v></c></row>"#, styles: Self.dateStyles, workbookHead: head)
        #expect(sheet[0, 1] == Support.date(date))
    }

    /// `sheetjs-LONumbers.xlsx`: colours, conditions and AM/PM alone leave a number a number.
    @Test func readsNumbersInColouredAndConditionalFormatsAsNumbers() throws {
        let formats = ["[BLACK]@", "[BLUE]GENERAL", "[RED]#.##", "[<100]0", "AM/PM", "[h]:mm", "[$-409]d-mmm"]
        let numFmts = formats.enumerated().map {
            #"<numFmt numFmtId="\#(164 + $0)" formatCode="\#($1.replacingOccurrences(of: "<", with: "&lt;"))"/>"#
        }
        let xfs = formats.indices.map { #"<xf numFmtId="\#(164 + $0)"/>"# }
        let styles =
            "<numFmts>\(numFmts.joined())</numFmts><cellXfs>\(xfs.joined())</cellXfs>"
        let rows = formats.indices.map { #"<row r="\#($0 + 1)"><c r="B\#($0 + 1)" s="\#($0)"><v>1</v></c></row>"# }
        let sheet = try readXLSX(rows: rows.joined(), styles: styles)
        let values = formats.indices.map { sheet[$0, 1] }
        let one = CellValue.number(1)
        let first = Support.date("1900-01-01")
        #expect(values == [one, one, one, one, one, first, first])
    }

    /// `calamine-whitespace_trim.xlsx`, `poi-56278.xlsx` and `calamine-encoded_entities.xlsx` (whose
    /// `<t>&#xA;</t>` is no cell at all).
    @Test func trimsTextWithoutXMLSpacePreserve() throws {
        let shared = """
            <si><t>  trimmed value  </t></si><si><t xml:space="preserve">  kept  </t></si><si><t>&#xA;</t></si>\
            <si><r><t xml:space="preserve">rich </t></r><r><t> run </t></r></si>
            """
        let rows = """
            <row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c><c r="C1" t="s"><v>2</v></c>\
            <c r="D1" t="s"><v>3</v></c><c r="E1" t="inlineStr"><is><t>\t inline\n</t></is></c>\
            <c r="F1" t="inlineStr"><is><t xml:space="preserve"> inline </t></is></c></row>
            """
        let sheet = try readXLSX(rows: rows, sharedStrings: shared)
        #expect(sheet.orderedCells.map(\.reference.description) == ["A1", "B1", "D1", "E1", "F1"])
        #expect(sheet[0, 0] == .string("trimmed value"))
        #expect(sheet[0, 1] == .string("  kept  "))
        #expect(sheet[0, 3] == .string("rich run"))
        #expect(sheet[0, 4] == .string("inline"))
        #expect(sheet[0, 5] == .string(" inline "))
    }

    /// A cell or shared string opened inside the text of another (no program writes one) empties the text
    /// being gathered; trimming that text from where its run began, now past its end, once stopped sli.
    @Test func readsACellOpenedInsideTheTextOfAnother() throws {
        let sheet = try readXLSX(
            rows: #"<row r="1"><c r="A1" t="inlineStr"><is><r><t>x</t></r><r><t>y<c r="B1"/></t></r></is></c>"#
                + #"<c r="C1" t="s"><v>0</v></c></row>"#,
            sharedStrings: "<si><r><t>x</t></r><r><t>y<si/></t></r></si>")
        #expect(sheet.orderedCells.isEmpty)
    }

    @Test func reportsAFormulaWithoutASavedResultInEveryFormat() throws {
        let xlsx = try readXLSX(
            rows: #"<row r="1"><c r="A1"><f>1+1</f></c><c r="B1"><f>2+2</f><v>4</v></c>"#
                + #"<c r="C1" t="str"><f>""</f><v></v></c></row>"#)
        let spreadsheetML = try Support.read(
            Support.spreadsheetML(
                #"<Row><Cell ss:Formula="=1+1"/><Cell ss:Formula="=2+2"><Data ss:Type="Number">4</Data></Cell>"#
                    + #"<Cell ss:Formula="=&quot;&quot;"><Data ss:Type="String"></Data></Cell></Row>"#)
        ).workbook.sheets[0]
        let fods = try Support.read(
            Support.flatODS(
                #"<table:table-row><table:table-cell table:formula="of:=1+1"/><table:table-cell "#
                    + #"table:formula="of:=2+2" office:value-type="float" office:value="4"><text:p>4</text:p>"#
                    + #"</table:table-cell><table:table-cell table:formula="of:=&quot;&quot;" "#
                    + #"office:value-type="string" office:string-value=""/></table:table-row>"#),
            fileName: "test.fods"
        ).workbook.sheets[0]
        for sheet in [xlsx, spreadsheetML, fods] {
            #expect(sheet.formulasWithoutResult.map(\.description) == ["A1"])
            #expect(sheet.orderedCells.map(\.reference.description) == ["B1"])
            #expect(sheet[0, 1] == .number(4))
        }
    }

    /// The same typed 12:30 from Excel's SpreadsheetML (written on 1899-12-31), XLSX in either date
    /// system, and OpenDocument.
    @Test func readsATimeOfDayAloneTheSameInEveryFormat() throws {
        let time = Support.date("1899-12-30T12:30:00")
        let timeStyles = #"<cellXfs count="2"><xf numFmtId="0"/><xf numFmtId="20"/></cellXfs>"#
        let serial = #"<row r="1"><c r="A1" s="1"><v>0.52083333333333337</v></c></row>"#
        let spreadsheetML = try Support.read(
            Support.spreadsheetML(
                #"<Row><Cell><Data ss:Type="DateTime">1899-12-31T12:30:00.000</Data></Cell>"#
                    + #"<Cell><Data ss:Type="DateTime">1899-12-30T12:30:00.000</Data></Cell>"#
                    + #"<Cell><Data ss:Type="DateTime">1900-01-01T12:30:00.000</Data></Cell></Row>"#)
        ).workbook.sheets[0]
        let fods = try Support.read(
            Support.flatODS(
                #"<table:table-row><table:table-cell office:value-type="time" office:time-value="PT12H30M00S"/>"#
                    + "</table:table-row>"),
            fileName: "test.fods"
        ).workbook.sheets[0]
        #expect(spreadsheetML[0, 0] == time)
        #expect(spreadsheetML[0, 1] == time)
        #expect(spreadsheetML[0, 2] == Support.date("1900-01-01T12:30:00"))
        #expect(try readXLSX(rows: serial, styles: timeStyles)[0, 0] == time)
        #expect(
            try readXLSX(rows: serial, styles: timeStyles, workbookHead: #"<workbookPr date1904="1"/>"#)[0, 0] == time)
        #expect(fods[0, 0] == time)
    }
}
