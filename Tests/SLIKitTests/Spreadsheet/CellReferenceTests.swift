import Testing

@testable import SLIKit
@testable import SpreadsheetKit

@Suite("Cell references")
struct CellReferenceTests {
    @Test(arguments: [("A1", 0, 0), ("B3", 2, 1), ("Z10", 9, 25), ("AA1", 0, 26), ("XFD1048576", 1_048_575, 16_383)])
    func parsesA1(text: String, row: Int, column: Int) throws {
        let reference = try #require(CellReference(text))
        #expect(reference == CellReference(row: row, column: column))
        #expect(reference.description == text)
    }

    @Test(arguments: ["", "A", "1", "A0", "XFE1", "A1048577", "1A", "A-1"])
    func rejectsOutOfSheetReferences(text: String) {
        #expect(CellReference(text) == nil)
    }

    @Test func acceptsAbsoluteReferences() {
        #expect(CellReference("$C$4") == CellReference(row: 3, column: 2))
    }
}
