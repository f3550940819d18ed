import Foundation
import SLIKit
import SpreadsheetKit
import Testing

@Suite("OpenDocument reader")
struct OpenDocumentReaderTests {
    typealias Support = ReaderTestSupport

    @Test func expandsRepeatedRowsAndColumnsLazily() throws {
        let rows = """
            <table:table-row table:number-rows-repeated="2">\
            <table:table-cell table:number-columns-repeated="3" office:value-type="float" office:value="7"/>\
            </table:table-row>\
            <table:table-row table:number-rows-repeated="1048000"><table:table-cell \
            table:number-columns-repeated="16000"/></table:table-row>\
            <table:table-row><table:table-cell table:number-columns-repeated="999999999"/></table:table-row>
            """
        let read = try Support.read(Support.flatODS(rows), fileName: "repeat.fods")
        #expect(read.format == .fods)
        let sheet = try #require(read.workbook.sheet(named: "Data"))
        #expect(sheet.cells.count == 6)
        #expect(sheet.usedRange?.description == "A1:C2")
        #expect(sheet[1, 2] == .number(7))
    }

    @Test func joinsParagraphsAndSpecialCharacters() throws {
        let rows = """
            <table:table-row><table:table-cell office:value-type="string">\
            <text:p>a<text:s text:c="3"/>b<text:tab/>c<text:line-break/>d</text:p><text:p>second <text:span>span</text:span></text:p>\
            <office:annotation><text:p>a note</text:p></office:annotation></table:table-cell>\
            <table:table-cell table:number-columns-spanned="2" office:value-type="percentage" office:value="0.25">\
            <text:p>25%</text:p></table:table-cell><table:covered-table-cell office:value-type="string">\
            <text:p>hidden</text:p></table:covered-table-cell>\
            <table:table-cell office:value-type="boolean" office:boolean-value="true"/>\
            <table:table-cell office:value-type="date" office:date-value="2016-03-01T10:30:00"/>\
            <table:table-cell office:value-type="time" office:time-value="PT13H45M30.25S"/>\
            <table:table-cell office:value-type="currency" office:currency="GBP" office:value="-12.5"/>\
            <table:table-cell office:value-type="string" calcext:value-type="error"><text:p>#N/A</text:p></table:table-cell>\
            <table:table-cell><text:p>plain</text:p></table:table-cell></table:table-row>
            """
        let book = try Support.read(Support.flatODS(rows), fileName: "text.fods").workbook
        let expected: [String: CellValue] = [
            "A1": .string("a   b\tc\nd\nsecond span"), "B1": .number(0.25), "D1": .boolean(true),
            "E1": Support.date("2016-03-01T10:30:00"), "F1": Support.date("1899-12-30T13:45:30.250"),
            "G1": .number(-12.5), "H1": .error("#N/A"), "I1": .string("plain"),
        ]
        #expect(book.sheets[0].cells.count == expected.count)
        for (a1, value) in expected {
            #expect(Support.value(book, "Data", a1) == value, "cell \(a1)")
        }
        #expect(book.sheets[0].merges.map(\.description) == ["B1:C1"])
    }

    @Test func rejectsAValueRepeatedBeyondTheLastColumn() {
        let rows = """
            <table:table-row><table:table-cell table:number-columns-repeated="999999999" \
            office:value-type="float" office:value="1"/></table:table-row>
            """
        #expect(
            Support.message(Support.flatODS(rows), fileName: "dos.fods")
                == #"dos.fods: sheet "Data" line 3:186: column 999999999 is beyond the last column allowed (16384)"#)
    }

    @Test func stopsARepeatedRowAtTheCellLimit() {
        let rows = """
            <table:table-row table:number-rows-repeated="1048576"><table:table-cell \
            table:number-columns-repeated="16384" office:value-type="float" office:value="1"/></table:table-row>
            """
        #expect(
            Support.message(Support.flatODS(rows), fileName: "dos.fods", limits: ReadLimits(maximumCells: 100_000))
                == #"dos.fods: sheet "Data" line 3:219: the workbook has more than 100000 non-empty cells (the limit)"#)
    }

    @Test func rejectsAPasswordProtectedFile() throws {
        let url = try Support.fixture("encrypted.ods")
        #expect(
            Support.message { try SpreadsheetReader.read(contentsOf: url) }
                == "encrypted.ods: the spreadsheet is password-protected (save it without a password)")
    }

    @Test func readsTheLibreOfficeConversions() throws {
        let ods = try SpreadsheetReader.read(contentsOf: Support.fixture("corners.ods"))
        #expect(ods.format == .ods)
        let fods = try SpreadsheetReader.read(contentsOf: Support.fixture("corners.fods"))
        #expect(fods.format == .fods)
        #expect(ods.workbook == fods.workbook)
    }
}
