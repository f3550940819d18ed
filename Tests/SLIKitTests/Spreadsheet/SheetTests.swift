import SpreadsheetKit
import Testing

@Suite("Sheet")
struct SheetTests {
    let sheet = Sheet(
        name: "S",
        cells: [
            CellReference(row: 4, column: 0): .string("e"), CellReference(row: 0, column: 2): .string("c"),
            CellReference(row: 0, column: 0): .string("a"), CellReference(row: 4, column: 3): .number(1),
        ])

    @Test func listsTheRowsInUseTopToBottom() {
        #expect(sheet.rowsInUse == [0, 4])
        #expect(Sheet(name: "Empty").rowsInUse.isEmpty)
    }

    @Test func givesTheCellsOfOneRowLeftToRight() {
        #expect(sheet.cells(inRow: 0).map(\.column) == [0, 2])
        #expect(sheet.cells(inRow: 0).map(\.value) == [.string("a"), .string("c")])
        #expect(sheet.cells(inRow: 4).map(\.value) == [.string("e"), .number(1)])
        #expect(sheet.cells(inRow: 1).isEmpty)
    }

    @Test func hashesEqualReferencesAlikeAndTellsRowFromColumn() {
        let set: Set = [CellReference(row: 1, column: 0), CellReference(row: 0, column: 1)]
        #expect(set.count == 2)
        #expect(set.contains(CellReference(row: 1, column: 0)))
    }
}
