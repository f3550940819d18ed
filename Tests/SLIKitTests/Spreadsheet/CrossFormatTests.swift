import Foundation
import SLIKit
import SpreadsheetKit
import Testing

/// The same workbook saved by LibreOffice in every format must read as the same cells.
@Suite("Same cells from every format")
struct CrossFormatTests {
    typealias Support = ReaderTestSupport

    @Test(arguments: ["corners.xlsx", "corners.ods", "corners.fods"])
    func readsTheSameCellsAsTheSpreadsheetMLOriginal(name: String) throws {
        var original = try SpreadsheetReader.read(contentsOf: Support.fixture("corners.xml")).workbook
        // LibreOffice's SpreadsheetML import drops cells of ss:Type Boolean; everything else survives.
        for index in original.sheets.indices {
            original.sheets[index].cells = original.sheets[index].cells.filter {
                if case .boolean = $0.value { return false }
                return true
            }
        }
        let converted = try SpreadsheetReader.read(contentsOf: Support.fixture(name)).workbook
        #expect(converted.sheets.map(\.name) == original.sheets.map(\.name))
        for (mine, theirs) in zip(original.sheets, converted.sheets) {
            #expect(mine.cells == theirs.cells, "sheet \(mine.name)")
            #expect(mine.merges == theirs.merges, "sheet \(mine.name)")
        }
    }

    @Test func streamingAndSummaryAgreeWithTheWorkbook() throws {
        let url = try Support.fixture("corners.xml")
        let summary = try SpreadsheetReader.summary(contentsOf: url)
        let book = try SpreadsheetReader.read(contentsOf: url).workbook
        #expect(summary.format == .spreadsheetML)
        #expect(summary.sheets.map(\.name) == book.sheets.map(\.name))
        #expect(summary.sheets.map(\.cellCount) == book.sheets.map(\.cells.count))
        #expect(summary.sheets.map(\.usedRange) == book.sheets.map(\.usedRange))
        #expect(summary.sheets.map(\.mergeCount) == book.sheets.map(\.merges.count))
    }
}
