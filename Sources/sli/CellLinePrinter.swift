import ReportKit
import SLIKit
import SpreadsheetKit

/// Prints every cell as one JSON line: `{"sheet": "Data", "ref": "B3", "type": "number", "value": 0.5}`.
///
/// Cells are printed as they are read, one row at a time (each row sorted into column order), so memory
/// holds one row at most. Cells that arrive for a row already printed (a file listing its rows out of
/// order, which Excel and LibreOffice never write) are kept and printed at the end of their sheet, in
/// rows-then-columns order.
struct CellLinePrinter: SpreadsheetVisitor {
    /// Where the lines go.
    var output: StandardOutput
    /// When set, only the sheet of this name is printed.
    let sheetFilter: String?
    /// Whether the filtered sheet (or any sheet, without a filter) was seen.
    private(set) var sawSheet = false
    private var sheetLiteral = ""
    private var printing = false
    private var row = -1
    private var rowCells: [(reference: CellReference, value: CellValue)] = []
    private var lateCells: [(reference: CellReference, value: CellValue)] = []

    /// A printer writing to `output`.
    init(output: StandardOutput, sheetFilter: String?) {
        self.output = output
        self.sheetFilter = sheetFilter
    }

    mutating func beginSheet(named name: String) throws {
        sheetLiteral = JSONLiteral.string(name)
        printing = sheetFilter == nil || sheetFilter == name
        if printing { sawSheet = true }
        row = -1
        rowCells.removeAll()
        lateCells.removeAll()
    }

    mutating func visit(_ value: CellValue, at reference: CellReference) throws {
        guard printing else { return }
        if reference.row > row {
            printRow()
            row = reference.row
        } else if reference.row < row {
            lateCells.append((reference, value))
            return
        }
        rowCells.append((reference, value))
    }

    mutating func merge(_ range: CellRange) throws {}

    mutating func endSheet() throws {
        guard printing else { return }
        printRow()
        lateCells.sort { $0.reference < $1.reference }
        for cell in lateCells { print(cell) }
        lateCells.removeAll()
    }

    private mutating func printRow() {
        if !rowCells.indices.dropFirst().allSatisfy({ rowCells[$0 - 1].reference < rowCells[$0].reference }) {
            rowCells.sort { $0.reference < $1.reference }
        }
        for cell in rowCells { print(cell) }
        rowCells.removeAll(keepingCapacity: true)
    }

    private mutating func print(_ cell: (reference: CellReference, value: CellValue)) {
        output.write(
            "{\"sheet\": \(sheetLiteral), \"ref\": \"\(cell.reference)\", \"type\": \"\(cell.value.typeName)\", "
                + "\"value\": \(JSONText.value(cell.value))}\n")
    }
}
