import Foundation
import SLIKit
import SpreadsheetKit
import Testing

@Suite("SpreadsheetML 2003 reader")
struct SpreadsheetMLReaderTests {
    typealias Support = ReaderTestSupport

    @Test func readsEveryCornerOfTheFixture() throws {
        let read = try SpreadsheetReader.read(contentsOf: Support.fixture("corners.xml"))
        #expect(read.format == .spreadsheetML)
        let book = read.workbook
        #expect(book.sheets.map(\.name) == ["Data", "Empty", "R&D"])
        #expect(Support.value(book, "Data", "A1") == .string("Name"))
        #expect(Support.value(book, "Data", "B1") == .number(0.5))
        #expect(Support.value(book, "Data", "C1") == .boolean(true))
        #expect(Support.value(book, "Data", "D1") == Support.date("2016-03-01"))
        #expect(Support.value(book, "Data", "E1") == .error("#N/A"))
        #expect(Support.value(book, "Data", "C2") == .string("gap"))
        #expect(Support.value(book, "Data", "D2") == .number(3))
        #expect(Support.value(book, "Data", "A5") == .string("merged"))
        #expect(Support.value(book, "Data", "C5") == .number(-7))
        #expect(Support.value(book, "Data", "A7") == .string("Bold and italic"))
        #expect(Support.value(book, "Data", "A8") == .string("line one\nline two"))
        #expect(Support.value(book, "Data", "B8") == nil)
        #expect(Support.value(book, "Data", "D8") == .number(1_234_567))
        #expect(Support.value(book, "Data", "A9") == Support.date("2016-03-01T13:45:30.250"))
        #expect(Support.value(book, "Data", "B9") == .boolean(false))
        #expect(Support.value(book, "Data", "C9") == .string("R&D <team>"))
        #expect(Support.value(book, "R&D", "B3") == .number(42))
        #expect(book.sheet(named: "Data")?.merges == [CellRange("A5:B6")].compactMap { $0 })
        #expect(book.sheet(named: "Data")?.cells.count == 15)
        #expect(book.sheet(named: "Empty")?.cells.isEmpty == true)
    }

    @Test func mergeAcrossMovesTheNextCellAlong() throws {
        let book = try Support.read(
            Support.spreadsheetML(
                #"<Row><Cell ss:MergeAcross="2"><Data ss:Type="String">a</Data></Cell>"#
                    + #"<Cell><Data ss:Type="String">b</Data></Cell></Row>"#)
        ).workbook
        #expect(Support.value(book, "Data", "D1") == .string("b"))
        #expect(book.sheets[0].merges.map(\.description) == ["A1:C1"])
    }

    @Test func readsDeclaredEightBitAndUTF16Encodings() throws {
        let latin1 =
            Data(#"<?xml version="1.0" encoding="ISO-8859-1"?>"#.utf8)
            + Data(
                (#"<Workbook xmlns="urn:schemas-microsoft-com:office:spreadsheet" "#
                    + #"xmlns:ss="urn:schemas-microsoft-com:office:spreadsheet"><Worksheet ss:Name="S"><Table><Row><Cell>"#
                    + #"<Data ss:Type="String">caf"#).utf8) + Data([0xE9])
            + Data("</Data></Cell></Row></Table></Worksheet></Workbook>".utf8)
        let book = try SpreadsheetReader.read(data: latin1, fileName: "latin1.xml").workbook
        #expect(Support.value(book, "S", "A1") == .string("café"))

        let text = Support.spreadsheetML(#"<Row><Cell><Data ss:Type="String">π</Data></Cell></Row>"#)
            .replacingOccurrences(of: #"<?xml version="1.0"?>"#, with: #"<?xml version="1.0" encoding="UTF-16"?>"#)
        let utf16 = try #require(text.data(using: .utf16))
        let read = try SpreadsheetReader.read(data: utf16, fileName: "utf16.xml")
        #expect(Support.value(read.workbook, "Data", "A1") == .string("π"))
    }

    @Test func rejectsADocumentTypeDeclaration() {
        let text = """
            <?xml version="1.0"?>
            <!DOCTYPE Workbook [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;">]>
            <Workbook xmlns="urn:schemas-microsoft-com:office:spreadsheet"/>
            """
        #expect(
            Support.message(text, fileName: "Bolton.xml")
                == "Bolton.xml: line 2:20: document type declarations are not allowed (a spreadsheet has none)")
    }

    @Test func rejectsAnEntityReference() {
        let text = Support.spreadsheetML(#"<Row><Cell><Data ss:Type="String">&xxe;</Data></Cell></Row>"#)
        #expect(
            Support.message(text, fileName: "Bolton.xml")
                == "Bolton.xml: line 3:73: entity references are not allowed (entity 'xxe' not defined)")
    }

    @Test func namesTheLineAndColumnOfMalformedXML() {
        let text = Support.spreadsheetML("<Row><Cell></Row>")
        #expect(
            Support.message(text, fileName: "Bolton.xml")
                == "Bolton.xml: line 3:51: the XML is not well-formed: opening and ending tag mismatch: Cell line 3 and Row"
        )
    }

    @Test func rejectsATruncatedFile() {
        let text = String(Support.spreadsheetML("<Row/>").prefix(120))
        #expect(
            Support.message(text, fileName: "Bolton.xml")
                == "Bolton.xml: line 2:99: the XML is not well-formed: attValue: ' expected")
    }

    @Test func rejectsADoubleByteOrderMark() {
        let text = "\u{FEFF}\u{FEFF}" + Support.spreadsheetML("<Row/>")
        #expect(
            Support.message(text, fileName: "Bolton.xml")
                == "Bolton.xml: line 1:1: the file starts with two byte order marks (expected at most one before the XML)"
        )
    }

    @Test func rejectsAWrongRootElement() {
        #expect(
            Support.message(#"<?xml version="1.0"?><html><body/></html>"#, fileName: "page.xml")
                == "page.xml: line 1:27: the root element is <html>, not a spreadsheet "
                + "(expected a SpreadsheetML 2003 <Workbook> or an OpenDocument <office:document>)")
    }

    @Test func rejectsANumberThatIsNot() {
        let text = Support.spreadsheetML(#"<Row><Cell><Data ss:Type="Number">1,5</Data></Cell></Row>"#)
        #expect(
            Support.message(text, fileName: "Bolton.xml")
                == #"Bolton.xml: sheet "Data" cell A1 line 3:85: "1,5" is not a number (ss:Type is Number)"#)
    }

    @Test func rejectsRowsAndColumnsBeyondTheLimits() {
        let rows = Support.spreadsheetML(#"<Row ss:Index="1048577"/>"#)
        #expect(
            Support.message(rows, fileName: "Bolton.xml")
                == #"Bolton.xml: sheet "Data" line 3:57: row 1048577 is beyond the last row allowed (1048576)"#)
        let columns = Support.spreadsheetML(#"<Row><Cell ss:Index="16385"/></Row>"#)
        #expect(
            Support.message(columns, fileName: "Bolton.xml")
                == #"Bolton.xml: sheet "Data" line 3:61: column 16385 is beyond the last column allowed (16384)"#)
    }

    @Test func enforcesTheCellAndTextLimits() {
        let text = Support.spreadsheetML(
            #"<Row><Cell><Data ss:Type="Number">1</Data></Cell><Cell><Data ss:Type="Number">2</Data></Cell></Row>"#)
        #expect(
            Support.message(text, fileName: "Bolton.xml", limits: ReadLimits(maximumCells: 1))
                == #"Bolton.xml: sheet "Data" line 3:127: the workbook has more than 1 non-empty cells (the limit)"#)
        let long = Support.spreadsheetML(#"<Row><Cell><Data ss:Type="String">abcdef</Data></Cell></Row>"#)
        #expect(
            Support.message(long, fileName: "Bolton.xml", limits: ReadLimits(maximumTextBytes: 3))
                == #"Bolton.xml: sheet "Data" line 3:74: a text is longer than 3 bytes (the limit)"#)
    }
}
