import SLIKit
import SpreadsheetKit

/// A first pass over a workbook for `sli inspect --format csv`: the sheet names, and for the sheet to
/// print its last row and column and whether its rows come in order, keeping no cells.
struct SheetLayout: SpreadsheetVisitor {
    /// The sheet to print, by name; the first sheet when `nil`.
    let sheetFilter: String?
    /// Every sheet's name, in workbook order.
    private(set) var names: [String] = []
    /// The position of the sheet to print among all sheets, once it has been seen.
    private(set) var chosenIndex: Int?
    /// The chosen sheet's last row and column holding a cell, `nil` when it is empty.
    private(set) var end: CellReference?
    /// Whether the chosen sheet's cells came row by row (in any column order within a row).
    private(set) var rowsInOrder = true
    private var inChosen = false
    private var lastRow = -1

    /// A layout pass looking for `sheetFilter`.
    init(sheetFilter: String?) {
        self.sheetFilter = sheetFilter
    }

    mutating func beginSheet(named name: String) throws {
        names.append(name)
        inChosen = chosenIndex == nil && (sheetFilter == nil || sheetFilter == name)
        if inChosen { chosenIndex = names.count - 1 }
    }

    mutating func visit(_ value: CellValue, at reference: CellReference) throws {
        guard inChosen else { return }
        if reference.row < lastRow { rowsInOrder = false }
        lastRow = reference.row
        end = CellReference(
            row: max(end?.row ?? 0, reference.row), column: max(end?.column ?? 0, reference.column))
    }

    mutating func merge(_ range: CellRange) throws {}

    mutating func endSheet() throws {
        inChosen = false
    }
}
