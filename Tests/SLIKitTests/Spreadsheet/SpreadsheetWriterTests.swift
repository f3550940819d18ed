import Foundation
import Testing
import ZIPFoundation

@testable import SLIKit
@testable import SpreadsheetKit

#if canImport(FoundationXML)
    import FoundationXML
#endif

@Suite("Spreadsheet writers")
struct SpreadsheetWriterTests {
    /// A draft with every kind of value, style, a list, a name, protection and a hidden sheet.
    static let draft: WorkbookDraft = {
        var data = SheetDraft(name: "Data & <notes>", columnWidths: [0: 12, 1: 40], frozenRows: 1, isProtected: true)
        data[0, 0] = DraftCell(.string("Heading \"one\""), style: CellStyle(isBold: true, fill: "DDEBF7"))
        data[1, 0] = DraftCell(.number(0.5))
        data[1, 1] = DraftCell(.string("two  spaces\nand a line\u{1}"), style: CellStyle(wrapsText: true))
        data[2, 0] = DraftCell(.date(ISODateText.date(year: 2017, month: 3, day: 31)))
        data[2, 1] = DraftCell(.boolean(true))
        data[3, 1] = DraftCell(style: CellStyle(isLocked: false))
        data.validations = [
            ListValidation(
                range: CellRange(CellReference(row: 3, column: 1), CellReference(row: 5, column: 1)),
                source: .name("choices")),
            ListValidation(
                range: CellRange(CellReference(row: 3, column: 0), CellReference(row: 3, column: 0)),
                source: .values(["yes", "no"])),
        ]
        var lists = SheetDraft(name: "Lists", isHidden: true)
        lists[0, 0] = DraftCell(.string("a"))
        lists[1, 0] = DraftCell(.string("b"))
        return WorkbookDraft(
            sheets: [data, lists],
            definedNames: [
                DefinedName(
                    name: "choices", sheet: "Lists",
                    range: CellRange(CellReference(row: 0, column: 0), CellReference(row: 1, column: 0)))
            ])
    }()

    @Test(arguments: SpreadsheetWriter.writableFormats)
    func writesTheSameBytesEveryTime(format: SpreadsheetFormat) throws {
        let first = try SpreadsheetWriter.data(for: Self.draft, format: format)
        let second = try SpreadsheetWriter.data(for: Self.draft, format: format)
        #expect(first == second)
    }

    @Test(arguments: [SpreadsheetFormat.spreadsheetML, .fods])
    func writesWellFormedXML(format: SpreadsheetFormat) throws {
        let data = try SpreadsheetWriter.data(for: Self.draft, format: format)
        try expectWellFormed(data, part: format.rawValue)
        let text = try #require(String(data: data, encoding: .utf8))
        #expect(text.contains("Data &amp; &lt;notes&gt;"))
        #expect(!text.contains("\u{1}"))
    }

    @Test func writesAValidXLSXPackage() throws {
        let data = try SpreadsheetWriter.data(for: Self.draft, format: .xlsx)
        let archive = try Archive(data: data, accessMode: .read)
        let paths = archive.map(\.path)
        #expect(
            paths == [
                "[Content_Types].xml", "_rels/.rels", "xl/workbook.xml", "xl/_rels/workbook.xml.rels", "xl/styles.xml",
                "xl/worksheets/sheet1.xml", "xl/worksheets/sheet2.xml",
            ])
        var parts: [String: String] = [:]
        for entry in archive {
            var content = Data()
            _ = try archive.extract(entry) { content.append($0) }
            try expectWellFormed(content, part: entry.path)
            parts[entry.path] = String(data: content, encoding: .utf8)
            #expect(entry.fileAttributes[.modificationDate] as? Date == Date(timeIntervalSince1970: 315_532_800))
        }
        let types = try #require(parts["[Content_Types].xml"])
        for part in ["/xl/workbook.xml", "/xl/styles.xml", "/xl/worksheets/sheet1.xml", "/xl/worksheets/sheet2.xml"] {
            #expect(types.contains("PartName=\"\(part)\""))
        }
        let workbook = try #require(parts["xl/workbook.xml"])
        #expect(workbook.contains(#"<sheet name="Lists" sheetId="2" state="hidden" r:id="rId2"/>"#))
        #expect(workbook.contains(#"<definedName name="choices">Lists!$A$1:$A$2</definedName>"#))
        let sheet = try #require(parts["xl/worksheets/sheet1.xml"])
        #expect(sheet.contains(#"<c r="A3" s="3"><v>42825</v></c>"#))
        #expect(sheet.contains(#"<pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/>"#))
        #expect(
            sheet.contains(
                #"<dataValidation type="list" allowBlank="1" showInputMessage="1" showErrorMessage="1" sqref="B4:B6"><formula1>choices</formula1>"#
            ))
        #expect(sheet.contains("<sheetProtection sheet=\"1\""))
    }

    @Test(arguments: [
        ("", "workbook.xlsx: sheet name \"\" cannot be used: a sheet needs a name"),
        ("Market: offers", "workbook.xlsx: sheet name \"Market: offers\" cannot be used: it contains \":\""),
        (
            String(repeating: "x", count: 32),
            "workbook.xlsx: sheet name \"\(String(repeating: "x", count: 32))\" cannot be used: it has 32 characters, and at most 31 are allowed"
        ),
    ])
    func rejectsSheetNamesSpreadsheetProgramsRefuse(name: String, message: String) {
        let draft = WorkbookDraft(sheets: [SheetDraft(name: name)])
        #expect {
            try SpreadsheetWriter.data(for: draft, format: .xlsx)
        } throws: { error in
            (error as? SpreadsheetError)?.description == message
        }
    }

    @Test func rejectsDuplicateNamesHiddenWorkbooksAndUnwritableFormats() {
        let cases: [(WorkbookDraft, SpreadsheetFormat, String)] = [
            (
                WorkbookDraft(sheets: [SheetDraft(name: "Data"), SheetDraft(name: "data")]), .fods,
                "workbook.fods: sheet name \"data\" is used twice; each sheet needs its own name"
            ),
            (
                WorkbookDraft(sheets: [SheetDraft(name: "Data", isHidden: true)]), .xlsx,
                "workbook.xlsx: every sheet is hidden; at least one sheet must be visible"
            ),
            (
                WorkbookDraft(sheets: [SheetDraft(name: "Data")]), .csv,
                "workbook.csv: cannot write CSV files; write SpreadsheetML 2003 (xml), XLSX (xlsx) or flat ODS (fods)"
            ),
            (
                WorkbookDraft(sheets: [
                    SheetDraft(
                        name: "Data",
                        validations: [
                            ListValidation(
                                range: CellRange(CellReference(row: 0, column: 0), CellReference(row: 0, column: 0)),
                                source: .name("nowhere"))
                        ])
                ]), .spreadsheetML,
                "workbook.xml: sheet \"Data\": the drop-down list refers to \"nowhere\", which the workbook does not define"
            ),
        ]
        for (draft, format, message) in cases {
            #expect {
                try SpreadsheetWriter.data(for: draft, format: format)
            } throws: { error in
                (error as? SpreadsheetError)?.description == message
            }
        }
    }

    @Test func namesTheFileBeingWrittenInErrors() throws {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("Bolton-\(UUID().uuidString).xlsx")
        #expect {
            try SpreadsheetWriter.write(WorkbookDraft(sheets: [SheetDraft(name: "a/b")]), format: .xlsx, to: url)
        } throws: { error in
            (error as? SpreadsheetError)?.description
                == "\(url.lastPathComponent): sheet name \"a/b\" cannot be used: it contains \"/\""
        }
        #expect(!FileManager.default.fileExists(atPath: url.path))
    }

    @Test func writesFlatODSSpacesAndDatesAsODFAsksFor() throws {
        let text = try #require(
            String(data: try SpreadsheetWriter.data(for: Self.draft, format: .fods), encoding: .utf8))
        #expect(text.contains("<text:p>two <text:s/>spaces</text:p><text:p>and a line</text:p>"))
        #expect(text.contains(#"office:value-type="date" office:date-value="2017-03-31"><text:p>31/03/2017</text:p>"#))
        #expect(text.contains(#"table:condition="of:cell-content-is-in-list([$Lists.$A$1:.$A$2])""#))
    }

    @Test func writesSpreadsheetMLTypesAndListsAsExcelDoes() throws {
        let text = try #require(
            String(data: try SpreadsheetWriter.data(for: Self.draft, format: .spreadsheetML), encoding: .utf8))
        #expect(text.contains(#"<Data ss:Type="DateTime">2017-03-31T00:00:00.000</Data>"#))
        #expect(text.contains(#"<Data ss:Type="String">two  spaces&#10;and a line</Data>"#))
        #expect(text.contains("<Range>R4C1</Range>\n   <Type>List</Type>\n   <Value>\"yes,no\"</Value>"))
        #expect(text.contains(#"<NamedRange ss:Name="choices" ss:RefersTo="=Lists!R1C1:R2C1"/>"#))
    }

    private func expectWellFormed(_ data: Data, part: String) throws {
        let parser = XMLParser(data: data)
        let parsed = parser.parse()
        #expect(parsed, "\(part): \(parser.parserError.map(String.init(describing:)) ?? "")")
    }
}
