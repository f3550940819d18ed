import SLIKit
import SpreadsheetKit

/// Prints one sheet as CSV, a line per row from row 1 and a field per column from column A to the used
/// range's last, as the cells stream past: memory holds one row.
///
/// The readers deliver a sheet's cells in reading order (rows, then columns), so a row is complete once a
/// cell of a later row arrives.
struct CSVSheetPrinter: SpreadsheetVisitor {
    /// Where the lines go.
    var output: StandardOutput
    /// The position of the sheet to print among the workbook's sheets (0 for the first).
    let sheetIndex: Int
    /// The sheet's used range, from a first reading.
    let usedRange: CellRange
    private var sheetsSeen = 0
    private var printing = false
    private var row = 0
    private var fields: [String]

    /// A printer of the sheet at `sheetIndex`, whose used range is `usedRange`, writing to `output`.
    init(output: StandardOutput, sheetIndex: Int, usedRange: CellRange) {
        self.output = output
        self.sheetIndex = sheetIndex
        self.usedRange = usedRange
        fields = Array(repeating: "", count: usedRange.end.column + 1)
    }

    mutating func beginSheet(named name: String) throws {
        printing = sheetsSeen == sheetIndex
        sheetsSeen += 1
    }

    mutating func visit(_ value: CellValue, at reference: CellReference) throws {
        guard printing, reference.column < fields.count else { return }
        while row < reference.row { printRow() }
        fields[reference.column] = DelimitedText.field(value.text)
    }

    mutating func merge(_ range: CellRange) throws {}

    mutating func endSheet() throws {
        guard printing else { return }
        while row <= usedRange.end.row { printRow() }
        printing = false
    }

    private mutating func printRow() {
        output.write(fields.joined(separator: ",") + "\n")
        for index in fields.indices where !fields[index].isEmpty { fields[index] = "" }
        row += 1
    }
}
