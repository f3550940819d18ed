import Foundation
import SLIKit
import SpreadsheetKit
import Testing

/// Shared helpers for the reader tests: fixtures and reading from text.
enum ReaderTestSupport {
    /// The URL of a fixture in `Fixtures/Spreadsheet/`.
    static func fixture(_ name: String) throws -> URL {
        try #require(Bundle.module.url(forResource: "Fixtures/Spreadsheet/\(name)", withExtension: nil))
    }

    /// Reads a workbook from text in memory.
    static func read(_ text: String, fileName: String = "test.xml", limits: ReadLimits = .standard) throws
        -> ReadWorkbook
    {
        try SpreadsheetReader.read(data: Data(text.utf8), fileName: fileName, limits: limits)
    }

    /// The error message reading `text` gives, or `nil` if it reads.
    static func message(_ text: String, fileName: String = "test.xml", limits: ReadLimits = .standard) -> String? {
        message { try read(text, fileName: fileName, limits: limits) }
    }

    /// The error message `body` throws as a `SpreadsheetError`, or `nil`.
    static func message(_ body: () throws -> Any) -> String? {
        do {
            _ = try body()
            return nil
        } catch let error as SpreadsheetError {
            return error.description
        } catch {
            return "unexpected \(error)"
        }
    }

    /// A cell value at an A1 reference of the named sheet.
    static func value(_ workbook: Workbook, _ sheet: String, _ a1: String) -> CellValue? {
        guard let reference = CellReference(a1) else { return nil }
        return workbook.sheet(named: sheet)?[reference]
    }

    /// A date from ISO text, for expectations.
    static func date(_ text: String) -> CellValue {
        .date(ISODateText.parse(text) ?? Date.distantPast)
    }

    /// A minimal SpreadsheetML document with `rows` as the content of one sheet's table.
    static func spreadsheetML(_ rows: String, sheet: String = "Data") -> String {
        """
        <?xml version="1.0"?>
        <Workbook xmlns="urn:schemas-microsoft-com:office:spreadsheet" \
        xmlns:ss="urn:schemas-microsoft-com:office:spreadsheet">
        <Worksheet ss:Name="\(sheet)"><Table>\(rows)</Table></Worksheet>
        </Workbook>
        """
    }

    /// A minimal flat OpenDocument spreadsheet with `rows` as one table's content.
    static func flatODS(_ rows: String, table: String = "Data") -> String {
        """
        <?xml version="1.0" encoding="UTF-8"?>
        <office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" \
        xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" \
        xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" \
        xmlns:calcext="urn:org:documentfoundation:names:experimental:calc:xmlns:calcext:1.0" \
        office:version="1.3" office:mimetype="application/vnd.oasis.opendocument.spreadsheet">
        <office:body><office:spreadsheet><table:table table:name="\(table)">\(rows)</table:table>\
        </office:spreadsheet></office:body></office:document>
        """
    }
}
