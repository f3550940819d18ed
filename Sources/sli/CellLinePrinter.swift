import ReportKit
import SLIKit
import SpreadsheetKit

/// Prints every cell as one JSON line: `{"sheet": "Data", "ref": "B3", "type": "number", "value": 0.5}`.
///
/// Cells are printed as each sheet ends, sorted into rows-then-columns order, so that memory holds one
/// sheet's cells at most.
struct CellLinePrinter: SpreadsheetVisitor {
    /// Where the lines go.
    var output: StandardOutput
    /// When set, only the sheet of this name is printed.
    let sheetFilter: String?
    /// Whether the filtered sheet (or any sheet, without a filter) was seen.
    private(set) var sawSheet = false
    private var sheetName = ""
    private var printing = false
    private var cells: [(reference: CellReference, value: CellValue)] = []
    private var sorted = true

    /// A printer writing to `output`.
    init(output: StandardOutput, sheetFilter: String?) {
        self.output = output
        self.sheetFilter = sheetFilter
    }

    mutating func beginSheet(named name: String) throws {
        sheetName = name
        printing = sheetFilter == nil || sheetFilter == name
        if printing { sawSheet = true }
        cells.removeAll()
        sorted = true
    }

    mutating func visit(_ value: CellValue, at reference: CellReference) throws {
        guard printing else { return }
        if let last = cells.last, !(last.reference < reference) { sorted = false }
        cells.append((reference, value))
    }

    mutating func merge(_ range: CellRange) throws {}

    mutating func endSheet() throws {
        guard printing else { return }
        if !sorted { cells.sort { $0.reference < $1.reference } }
        let sheet = JSONLiteral.string(sheetName)
        for cell in cells {
            output.write(
                "{\"sheet\": \(sheet), \"ref\": \"\(cell.reference)\", \"type\": \"\(cell.value.typeName)\", "
                    + "\"value\": \(JSONText.value(cell.value))}\n")
        }
        cells.removeAll()
    }
}
