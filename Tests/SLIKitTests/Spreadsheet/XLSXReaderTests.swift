import Foundation
import SLIKit
import SpreadsheetKit
import Testing

@Suite("XLSX reader")
struct XLSXReaderTests {
    typealias Support = ReaderTestSupport

    @Test func readsEveryKindOfCell() throws {
        let read = try SpreadsheetReader.read(contentsOf: Support.fixture("features.xlsx"))
        #expect(read.format == .xlsx)
        let book = read.workbook
        #expect(book.sheets.map(\.name) == ["Data", "Second"])
        let expected: [String: CellValue] = [
            "A1": .string("Hello world"), "B1": .string("漢字"), "C1": .string("inline"),
            "D1": .string("formula text"), "E1": .boolean(true), "F1": .error("#DIV/0!"),
            "G1": Support.date("2016-03-01T12:00:00"), "A2": .number(1), "B2": .number(2.5), "C2": .number(3.5),
            "A3": Support.date("2016-03-01"), "B3": Support.date("2016-03-01T12:00:00"), "C3": .number(0.25),
            "D3": Support.date("1900-02-28"), "E3": Support.date("1900-02-28"), "F3": Support.date("1900-03-01"),
            "G3": .number(7), "A4": .string("a\rb"), "B4": .string("x\ny"), "A5": .string("merged"),
        ]
        let sheet = try #require(book.sheet(named: "Data"))
        #expect(sheet.cells.count == expected.count)
        for (a1, value) in expected {
            #expect(Support.value(book, "Data", a1) == value, "cell \(a1)")
        }
        #expect(sheet.merges.map(\.description) == ["A5:B6"])
        #expect(Support.value(book, "Second", "B2") == .number(42))
    }

    @Test func readsThe1904DateSystem() throws {
        let book = try SpreadsheetReader.read(contentsOf: Support.fixture("date1904.xlsx")).workbook
        #expect(Support.value(book, "Data", "A1") == Support.date("1904-01-01"))
        #expect(Support.value(book, "Data", "B1") == Support.date("1904-01-02"))
    }

    @Test func readsStrictNamespaces() throws {
        let book = try SpreadsheetReader.read(contentsOf: Support.fixture("strict.xlsx")).workbook
        #expect(Support.value(book, "Strict", "A1") == .string("strict"))
        #expect(Support.value(book, "Strict", "B1") == .number(1))
    }

    @Test(arguments: [
        (
            "doctype.xlsx",
            "doctype.xlsx: xl/sharedStrings.xml: line 2:15: document type declarations are not allowed (a spreadsheet has none)"
        ),
        (
            "bomb.xlsx",
            "bomb.xlsx: xl/worksheets/sheet1.xml: the part inflates to more than 1000 times its compressed size "
                + "(the limit; a zip bomb?)"
        ),
        (
            "duplicate.xlsx",
            "duplicate.xlsx: xl/worksheets/sheet1.xml: the zip package holds this part twice (expected one entry per name)"
        ),
        (
            "bad-shared-index.xlsx",
            #"bad-shared-index.xlsx: xl/worksheets/sheet1.xml: sheet "Data" cell A1 line 1:128: "#
                + "shared string 7 does not exist (the workbook has 1)"
        ),
        (
            "not-a-workbook.zip",
            "not-a-workbook.zip: the zip package is neither XLSX nor ODS (expected xl/workbook.xml or content.xml)"
        ),
    ])
    func rejectsHostilePackages(name: String, message: String) throws {
        let url = try Support.fixture(name)
        #expect(Support.message { try SpreadsheetReader.read(contentsOf: url) } == message)
    }

    @Test func capsEntriesAndInflatedBytes() throws {
        let url = try Support.fixture("features.xlsx")
        #expect(
            Support.message { try SpreadsheetReader.read(contentsOf: url, limits: ReadLimits(maximumZipEntries: 3)) }
                == "features.xlsx: the zip package has more than 3 entries (the limit)")
        #expect(
            Support.message {
                try SpreadsheetReader.read(contentsOf: url, limits: ReadLimits(maximumInflatedBytes: 500))
            } == "features.xlsx: xl/workbook.xml: the zip package inflates to more than 500 bytes (the limit)")
    }

    @Test func readsFromMemoryLikeFromDisk() throws {
        let url = try Support.fixture("features.xlsx")
        let fromDisk = try SpreadsheetReader.read(contentsOf: url)
        let fromMemory = try SpreadsheetReader.read(data: Data(contentsOf: url), fileName: "features.xlsx")
        #expect(fromDisk == fromMemory)
    }
}
