import Foundation
import SLIKit
import SpreadsheetKit
import Testing

/// Files made to crash, stall or flood a reader: each is refused with a message naming the place, or read
/// right, and never stops the process. The zip packages are made by `Fixtures/hostile/make-hostile.py`.
@Suite("Hostile input")
struct HostileInputTests {
    typealias Support = ReaderTestSupport

    static func hostile(_ name: String) throws -> URL {
        try #require(Bundle.module.url(forResource: "Fixtures/hostile/\(name)", withExtension: nil))
    }

    @Test(arguments: [
        (
            "offset-past-end.xlsx",
            "offset-past-end.xlsx: xl/worksheets/sheet1.xml: the part's bytes lie outside the file or inside the "
                + "central directory (a damaged file?)"
        ),
        (
            "directory-past-end.xlsx",
            "directory-past-end.xlsx: the zip package's central directory lies outside the file (a damaged or "
                + "truncated file?)"
        ),
        (
            "overlapping-entries.xlsx",
            "overlapping-entries.xlsx: xl/worksheets/sheet2.xml: the part overlaps the part xl/worksheets/sheet1.xml "
                + "(expected each part's bytes apart from the others)"
        ),
        (
            "part-read-twice.xlsx",
            #"part-read-twice.xlsx: xl/workbook.xml: sheet "S2": the sheet's part xl/worksheets/sheet1.xml is "#
                + #"sheet "S1"'s too (expected a part per sheet)"#
        ),
        (
            "bad-checksum.xlsx",
            "bad-checksum.xlsx: xl/worksheets/sheet1.xml: the part is damaged: its CRC-32 does not match the one "
                + "the zip package records"
        ),
        (
            "deflate-truncated.xlsx",
            "deflate-truncated.xlsx: xl/worksheets/sheet1.xml: the part's compressed bytes end before the part does "
                + "(a damaged file?)"
        ),
        (
            "deflate-damaged.xlsx",
            "deflate-damaged.xlsx: xl/worksheets/sheet1.xml: the part cannot be inflated: its compressed bytes are "
                + "damaged"
        ),
        (
            "encrypted-entry.xlsx",
            "encrypted-entry.xlsx: xl/worksheets/sheet1.xml: the part is encrypted (save the spreadsheet without "
                + "a password)"
        ),
        (
            "missing-sheet-part.xlsx",
            #"missing-sheet-part.xlsx: xl/workbook.xml: sheet "S1": the sheet's part xl/worksheets/sheet9.xml is "#
                + "missing from the zip package (expected the sheet's cells there)"
        ),
        (
            "escaping-sheet-part.xlsx",
            #"escaping-sheet-part.xlsx: xl/workbook.xml: sheet "S1": the sheet's part etc/passwd is missing from "#
                + "the zip package (expected the sheet's cells there)"
        ),
        (
            "reference-a0.xlsx",
            #"reference-a0.xlsx: xl/worksheets/sheet1.xml: sheet "S1" line 1:109: "A0" is not a cell reference "#
                + "(expected a column and a row, such as B3)"
        ),
        (
            "reference-too-wide.xlsx",
            #"reference-too-wide.xlsx: xl/worksheets/sheet1.xml: sheet "S1" line 1:114: "ZZZZZZ1" is not a cell "#
                + "reference (expected a column and a row, such as B3)"
        ),
        (
            "row-zero.xlsx",
            #"row-zero.xlsx: xl/worksheets/sheet1.xml: sheet "S1" line 1:99: r="0" is not a row number "#
                + "(expected 1 or more)"
        ),
        (
            "row-negative.xlsx",
            #"row-negative.xlsx: xl/worksheets/sheet1.xml: sheet "S1" line 1:100: r="-1" is not a row number "#
                + "(expected 1 or more)"
        ),
        (
            "cell-twice.xlsx",
            #"cell-twice.xlsx: xl/worksheets/sheet1.xml: sheet "S1" cell B1 line 1:131: the cell comes again or "#
                + "out of order (expected each cell once, left to right, top to bottom)"
        ),
        (
            "number-overflow.xlsx",
            #"number-overflow.xlsx: xl/worksheets/sheet1.xml: sheet "S1" cell A1 line 1:126: "1e999" is not "#
                + "a number"
        ),
    ])
    func refusesADamagedPackage(name: String, message: String) throws {
        let url = try Self.hostile(name)
        #expect(Support.message { try SpreadsheetReader.read(contentsOf: url) } == message)
        let data = try Data(contentsOf: url)
        #expect(Support.message { try SpreadsheetReader.read(data: data, fileName: name) } == message)
    }

    @Test(arguments: [
        ("PTnanH", "time"), ("PT100000000000000000000H", "time"), ("-PT1e300H", "time"), ("PT12", "time"),
        ("2016-13-45", "date"),
    ])
    func refusesADateOrTimeThatIsNone(value: String, type: String) {
        let attribute = type == "time" ? "office:time-value" : "office:date-value"
        let expected =
            type == "time"
            ? "is not a time (expected a duration such as PT12H30M00S, within 9999 years)"
            : "is not a date (expected YYYY-MM-DD or YYYY-MM-DDTHH:MM:SS)"
        let text = Support.flatODS(
            #"<table:table-row><table:table-cell office:value-type="\#(type)" \#(attribute)="\#(value)"/>"#
                + "</table:table-row>")
        #expect(
            Support.message(text, fileName: "t.fods")
                == #"t.fods: sheet "Data" cell A1 line 3:\#(124 + attribute.count + value.count + type.count): "#
                + #""\#(value)" \#(expected)"#)
    }

    @Test func readsANegativeTimeOfDay() throws {
        let text = Support.flatODS(
            #"<table:table-row><table:table-cell office:value-type="time" office:time-value="-PT5H"/>"#
                + "</table:table-row>")
        let book = try Support.read(text, fileName: "t.fods").workbook
        #expect(Support.value(book, "Data", "A1") == Support.date("1899-12-29T19:00:00"))
    }

    @Test func refusesANumberBeyondADouble() {
        let text = Support.flatODS(
            #"<table:table-row><table:table-cell office:value-type="float" office:value="1e999"/></table:table-row>"#)
        #expect(
            Support.message(text, fileName: "t.fods")
                == #"t.fods: sheet "Data" cell A1 line 3:146: "1e999" is not a number (the cell's office:value-type is "#
                + "float)")
        #expect(
            Support.message(Support.spreadsheetML(#"<Row><Cell><Data ss:Type="Number">1e999</Data></Cell></Row>"#))
                == #"test.xml: sheet "Data" cell A1 line 3:87: "1e999" is not a number (ss:Type is Number)"#)
    }

    @Test func refusesATableOutsideAnyWorksheet() {
        let text = """
            <?xml version="1.0"?>
            <Workbook xmlns="urn:schemas-microsoft-com:office:spreadsheet" \
            xmlns:ss="urn:schemas-microsoft-com:office:spreadsheet">
            <Table><Row><Cell><Data ss:Type="String">x</Data></Cell></Row></Table>
            </Workbook>
            """
        #expect(
            Support.message(text)
                == "test.xml: line 3:7: a <Table> lies outside any <Worksheet> (expected it inside one)")
    }

    @Test(arguments: [
        (#"<Row ss:Index="-1"/>"#, #"ss:Index="-1" is not a row number (expected 1 or more)"#, 52),
        (
            #"<Row ss:Index="3"/><Row ss:Index="2"/>"#,
            #"ss:Index="2" puts the row at or before the one before it (expected each row once, in order)"#, 70
        ),
        (
            #"<Row><Cell ss:Index="2"/><Cell ss:Index="2"/></Row>"#,
            #"ss:Index="2" puts the cell at or before the one before it (expected each cell once, in order)"#, 77
        ),
    ])
    func refusesAnIndexThatIsNoPlace(rows: String, message: String, column: Int) {
        #expect(
            Support.message(Support.spreadsheetML(rows)) == #"test.xml: sheet "Data" line 3:\#(column): \#(message)"#)
    }

    @Test func capsMergedRangesRepeatedByRows() {
        let text = Support.flatODS(
            #"<table:table-row table:number-rows-repeated="1000000">"#
                + #"<table:table-cell table:number-rows-spanned="2" table:number-columns-spanned="2"/>"#
                + #"<table:covered-table-cell table:number-columns-repeated="1"/>"#
                + "</table:table-row>")
        #expect(
            Support.message(text, fileName: "t.fods")
                == #"t.fods: sheet "Data" line 3:280: the workbook has more than 100000 merged ranges (the limit)"#)
    }

    @Test func keepsSpacesTabsAndLineBreaksWithinTheTextLimit() {
        let spaces = String(repeating: #"<text:s text:c="1000"/><text:tab/><text:line-break/>"#, count: 1100)
        let text = Support.flatODS(
            "<table:table-row><table:table-cell><text:p>\(spaces)</text:p></table:table-cell></table:table-row>")
        let message = Support.message(text, fileName: "t.fods") ?? ""
        #expect(message.hasPrefix(#"t.fods: sheet "Data" line 3:"#))
        #expect(message.hasSuffix(": a text is longer than 1048576 bytes (the limit)"))
    }

    @Test func refusesAStartTagWithTooManyAttributes() {
        let attributes = (0..<200_000).map { #"a\#($0)="""# }.joined(separator: " ")
        let text =
            #"<?xml version="1.0"?><Workbook xmlns="urn:schemas-microsoft-com:office:spreadsheet" "#
            + attributes + "/>"
        #expect(
            Support.message(text)
                == "test.xml: line 1:1: an element has more than 1000 attributes (the limit; no spreadsheet needs so many)"
        )
    }

    /// Found in review: the attribute count read UTF-16 bytes as they come, where U+013C holds a `<` byte
    /// and a quote can sit in the second byte of a character.
    @Test(arguments: [String.Encoding.utf16LittleEndian, .utf16BigEndian])
    func refusesAStartTagWithTooManyAttributesInUTF16(encoding: String.Encoding) throws {
        let attributes = (0..<5000).map { #"a\#($0)="ļ\#($0 % 7 == 0 ? "Ģ" : "")""# }.joined(separator: " ")
        let text =
            #"<?xml version="1.0" encoding="UTF-16"?><Workbook xmlns="urn:schemas-microsoft-com:office:spreadsheet" "#
            + attributes + "/>"
        let bom: [UInt8] = encoding == .utf16BigEndian ? [0xFE, 0xFF] : [0xFF, 0xFE]
        let data = Data(bom) + (try #require(text.data(using: encoding)))
        #expect(
            Support.message { try SpreadsheetReader.read(data: data, fileName: "w.xml") }
                == "w.xml: line 1:1: an element has more than 1000 attributes (the limit; no spreadsheet needs so many)"
        )
    }

    @Test func refusesAnEncodingThatCouldHideMarkup() {
        for name in ["UTF-7", "ISO-2022-JP", "IBM037"] {
            let text = Support.spreadsheetML(#"<Row><Cell><Data ss:Type="String">a</Data></Cell></Row>"#)
                .replacingOccurrences(
                    of: #"<?xml version="1.0"?>"#, with: #"<?xml version="1.0" encoding="\#(name)"?>"#)
            #expect(
                Support.message(text)
                    == "test.xml: the XML is in \(name), which sli does not read (save the file as UTF-8)")
        }
    }

    /// Found in review: a cell outside any row, once the row before it was read once, went out at once.
    @Test func leavesOutACellOutsideAnyRow() throws {
        let text = Support.flatODS(
            #"<table:table-cell office:value-type="float" office:value="9"/>"#
                + #"<table:table-row><table:table-cell office:value-type="float" office:value="1"/></table:table-row>"#
                + #"<table:table-cell office:value-type="float" office:value="8"/>"#
                + #"<table:table-row><table:table-cell office:value-type="float" office:value="2"/></table:table-row>"#)
        let sheet = try Support.read(text, fileName: "t.fods").workbook.sheets[0]
        #expect(sheet.orderedCells.map(\.reference.description) == ["A1", "A2"])
        #expect(sheet[1, 0] == .number(2))
    }

    @Test func refusesAReturnFarBeyondAnyFramework() {
        let text = Support.flatODS(
            #"<table:table-row table:number-rows-repeated="20">"#
                + #"<table:table-cell table:number-columns-repeated="16000" office:value-type="float" office:value="1"/>"#
                + "</table:table-row>")
        #expect(
            Support.message(text, fileName: "t.fods", limits: .submission)
                == #"t.fods: sheet "Data" line 3:214: the workbook has more than 200000 non-empty cells (the limit)"#)
        #expect(
            Support.message(text, fileName: "t.fods", limits: ReadLimits(maximumFileBytes: 100))
                == "t.fods: the file is \(text.utf8.count) bytes, more than the 100 allowed (the limit)")
    }

    @Test func refusesWideTextItCannotTellApart() {
        let utf32 = Data([0xFF, 0xFE, 0, 0, 0x3C, 0, 0, 0])
        #expect(
            Support.message { try SpreadsheetReader.read(data: utf32, fileName: "w.xml") }
                == "w.xml: the file is UTF-32 text, which sli does not read (save it as UTF-8)")
        let unmarked = Data("<Workbook/>".utf16.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] })
        #expect(
            Support.message { try SpreadsheetReader.read(data: unmarked, fileName: "w.xml") }
                == "w.xml: the file is UTF-16 with neither a byte order mark nor an XML declaration to say so "
                + "(save it as UTF-8)")
    }

    @Test func saysInOneLineWhereTheTextIsNotUTF8() {
        let text = Support.spreadsheetML(#"<Row><Cell><Data ss:Type="String">a|b</Data></Cell></Row>"#)
        let data = Data(text.utf8.map { $0 == UInt8(ascii: "|") ? 0xFF : $0 })
        #expect(
            Support.message { try SpreadsheetReader.read(data: data, fileName: "u.xml") }
                == "u.xml: line 3:69: the XML is not well-formed: the text is not UTF-8 at the bytes 0xFF 0x62 0x3C 0x2F "
                + "(save the file as UTF-8 or declare its encoding)")
    }

    /// Found by the fuzzer (`ods-content`): a row of one cell repeated 999,999,999 times took 11 s.
    @Test func refusesARepeatedRowBeyondTheLimitsAtOnce() throws {
        let url = try Self.hostile("fuzz-timeout-repeated-rows.xml")
        #expect(
            Support.message { try SpreadsheetReader.read(contentsOf: url) }
                == #"fuzz-timeout-repeated-rows.xml: sheet "Sheet" line 1:535: row 999999999 is beyond the last row "#
                + "allowed (1048576)")
    }

    /// Like the fuzzer's `ods-content` timeout (rows of a cell repeated across 16,000 columns): the repeated
    /// cells are checked against the limits at the cell, before any copy is made or delivered.
    @Test func refusesACellRepeatedBeyondTheTextLimitAtTheCell() {
        let text = String(repeating: "x", count: 5_000)
        let document = Support.flatODS(
            #"<table:table-row><table:table-cell table:number-columns-repeated="16000" office:value-type="string">"#
                + "<text:p>\(text)</text:p></table:table-cell><table:table-cell/></table:table-row>")
        #expect(
            Support.message(document, fileName: "t.fods")
                == #"t.fods: sheet "Data" line 3:5201: the cells hold more than 67108864 bytes of text (the limit)"#)
    }

    @Test func neutralisesCSVFieldsASpreadsheetWouldRun() {
        #expect(DelimitedText.field("=cmd|' /C calc'!A0") == "'=cmd|' /C calc'!A0")
        #expect(DelimitedText.field("a\r\nb") == "\"a\r\nb\"")
        #expect(DelimitedText.field("+44 161 555") == "'+44 161 555")
        #expect(DelimitedText.field("@SUM(A1)") == "'@SUM(A1)")
        #expect(DelimitedText.field("-x, y") == "\"'-x, y\"")
        #expect(DelimitedText.field("-3.5") == "-3.5")
        #expect(DelimitedText.field("plain") == "plain")
    }
}
