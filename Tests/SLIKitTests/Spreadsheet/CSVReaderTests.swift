import Foundation
import SLIKit
import SpreadsheetKit
import Testing

@Suite("CSV reader")
struct CSVReaderTests {
    typealias Support = ReaderTestSupport

    @Test func readsQuotedFieldsLineBreaksAndTypes() throws {
        let text =
            "\u{FEFF}area,value,note\r\nBolton,12.5,\"says \"\"hi\"\"\r\non two lines\"\r\n"
            + "E08000001,007,\"42\"\r\n,-1e3,\n"
        let read = try Support.read(text, fileName: "indicators.csv")
        #expect(read.format == .csv)
        let book = read.workbook
        #expect(book.sheets.map(\.name) == ["indicators"])
        #expect(Support.value(book, "indicators", "A1") == .string("area"))
        #expect(Support.value(book, "indicators", "B2") == .number(12.5))
        #expect(Support.value(book, "indicators", "C2") == .string("says \"hi\"\r\non two lines"))
        #expect(Support.value(book, "indicators", "A3") == .string("E08000001"))
        #expect(Support.value(book, "indicators", "B3") == .string("007"))
        #expect(Support.value(book, "indicators", "C3") == .string("42"))
        #expect(Support.value(book, "indicators", "A4") == nil)
        #expect(Support.value(book, "indicators", "B4") == .number(-1000))
        #expect(book.sheets[0].cells.count == 10)
    }

    @Test func csvReaderReadsTheSameAsTheDetectingReader() throws {
        let data = Data("a,1\nb,2\n".utf8)
        let direct = try CSVReader.read(data: data, fileName: "x.csv")
        let detected = try SpreadsheetReader.read(data: data, fileName: "x.csv").workbook
        #expect(direct == detected)
    }

    @Test func rejectsAnUnclosedQuote() {
        #expect(
            Support.message("a,b\n1,\"open\n2,3\n", fileName: "bad.csv")
                == "bad.csv: line 2: a quoted field is not closed (expected a \" before the end of the file)")
    }

    @Test func rejectsTextAfterAClosingQuote() {
        #expect(
            Support.message("a,\"b\"c\n", fileName: "bad.csv")
                == "bad.csv: line 1: a quoted field is followed by \"c\" (expected a comma or the end of the line)")
    }

    @Test func rejectsEmptyAndBinaryFiles() {
        #expect(Support.message("", fileName: "empty.csv") == "empty.csv: the file is empty (expected a spreadsheet)")
        let binary = Data([0x00, 0x01, 0x02, 0xFF, 0x10])
        #expect(
            Support.message { try SpreadsheetReader.read(data: binary, fileName: "blob.xlsx") }
                == "blob.xlsx: the file is binary data, not a spreadsheet (expected SpreadsheetML, XLSX, ODS, FODS or CSV)"
        )
        let legacy = Data([0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1, 0, 0])
        #expect(
            Support.message { try SpreadsheetReader.read(data: legacy, fileName: "old.xls") }
                == "old.xls: the file is a legacy Excel 97-2003 workbook or a password-protected one, which sli does "
                + "not read (save it as .xlsx or XML Spreadsheet 2003, without a password)")
    }

    @Test func rejectsAMissingFile() {
        let url = URL(fileURLWithPath: "/nonexistent/Bolton.xml")
        #expect(
            Support.message { try SpreadsheetReader.read(contentsOf: url) }?.hasPrefix(
                "Bolton.xml: the file cannot be opened (") == true)
    }
}
