import SLIKit
import SpreadsheetKit

/// Prints one sheet as CSV from cell A1 to a known last column, a row at a time as the cells are read,
/// for sheets whose rows come in order: memory holds one row at most.
struct CSVSheetPrinter: SpreadsheetVisitor {
    /// Where the lines go.
    var output: StandardOutput
    /// The position of the sheet to print among all sheets.
    let sheetIndex: Int
    /// The number of fields on every line.
    let columns: Int
    private var index = -1
    private var printing = false
    private var row = -1
    private var nextRow = 0
    private var fields: [String] = []

    /// A printer of the sheet at `sheetIndex`, `columns` fields wide.
    init(output: StandardOutput, sheetIndex: Int, columns: Int) {
        self.output = output
        self.sheetIndex = sheetIndex
        self.columns = columns
    }

    mutating func beginSheet(named name: String) throws {
        index += 1
        printing = index == sheetIndex
    }

    mutating func visit(_ value: CellValue, at reference: CellReference) throws {
        guard printing, reference.column < columns else { return }
        if reference.row != row {
            printRow()
            row = reference.row
            fields = Array(repeating: "", count: columns)
        }
        fields[reference.column] = DelimitedText.field(value.text)
    }

    mutating func merge(_ range: CellRange) throws {}

    mutating func endSheet() throws {
        guard printing else { return }
        printRow()
        printing = false
    }

    private mutating func printRow() {
        guard row >= nextRow else { return }
        let empty = String(repeating: ",", count: columns - 1) + "\n"
        while nextRow < row {
            output.write(empty)
            nextRow += 1
        }
        output.write(fields.joined(separator: ",") + "\n")
        nextRow = row + 1
    }
}
