import ReportKit
import SLIKit
import SpreadsheetKit

/// Prints every cell as one JSON line: `{"sheet": "Data", "ref": "B3", "type": "number", "value": 0.5}`.
///
/// Each cell is printed as it is read: the readers deliver a sheet's cells in reading order (rows, then
/// columns) and refuse a file that gives a cell twice or out of order, so memory holds no cells at all.
struct CellLinePrinter: SpreadsheetVisitor {
    /// Where the lines go.
    var output: StandardOutput
    /// When set, only the sheet of this name is printed.
    let sheetFilter: String?
    /// Whether the filtered sheet (or any sheet, without a filter) was seen.
    private(set) var sawSheet = false
    private var sheet = ""
    private var printing = false

    /// A printer writing to `output`.
    init(output: StandardOutput, sheetFilter: String?) {
        self.output = output
        self.sheetFilter = sheetFilter
    }

    mutating func beginSheet(named name: String) throws {
        sheet = JSONLiteral.string(name)
        printing = sheetFilter == nil || sheetFilter == name
        if printing { sawSheet = true }
    }

    mutating func visit(_ value: CellValue, at reference: CellReference) throws {
        guard printing else { return }
        output.write(
            "{\"sheet\": \(sheet), \"ref\": \"\(reference)\", \"type\": \"\(value.typeName)\", "
                + "\"value\": \(JSONText.value(value))}\n")
    }

    mutating func merge(_ range: CellRange) throws {}

    mutating func endSheet() throws {}
}
