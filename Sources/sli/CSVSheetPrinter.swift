import SpreadsheetKit

/// Prints one sheet as CSV, a line per row from row 1 and a field per column from column A to the used
/// range's last, as the cells stream past: memory holds no row.
///
/// The readers deliver a sheet's cells in reading order (rows, then columns), so each field is written as
/// its cell arrives, after the empty fields before it; a row is complete once a cell of a later row
/// arrives. A run of repeated cells is formatted once and copied.
struct CSVSheetPrinter: SpreadsheetVisitor {
    /// Where the lines go.
    var output: InspectOutput
    /// The position of the sheet to print among the workbook's sheets (0 for the first).
    let sheetIndex: Int
    /// The sheet's used range, from a first reading.
    let usedRange: CellRange
    private var sheetsSeen = 0
    private var printing = false
    /// The row being written.
    private var row = 0
    /// The column of the next field of the row being written.
    private var column = 0
    private let width: Int

    /// A printer of the sheet at `sheetIndex`, whose used range is `usedRange`, writing to `output`.
    init(output: InspectOutput, sheetIndex: Int, usedRange: CellRange) {
        self.output = output
        self.sheetIndex = sheetIndex
        self.usedRange = usedRange
        width = usedRange.end.column + 1
    }

    mutating func beginSheet(named name: String) throws {
        printing = sheetsSeen == sheetIndex
        sheetsSeen += 1
    }

    mutating func visit(_ value: CellValue, at reference: CellReference) throws {
        guard printing, reference.column < width else { return }
        try moveTo(reference)
        Self.appendField(value, to: &output)
        column += 1
    }

    mutating func visit(_ value: CellValue, at reference: CellReference, repeated count: Int) throws {
        guard printing, reference.column < width else { return }
        try moveTo(reference)
        var scratch = InspectOutput.scratch
        Self.appendField(value, to: &scratch)
        let field = scratch.bytes
        for copy in 0..<min(count, width - reference.column) {
            if copy > 0 { output.append(byte: UInt8(ascii: ",")) }
            output.append(field)
        }
        column += min(count, width - reference.column)
    }

    mutating func merge(_ range: CellRange) throws {}

    mutating func endSheet() throws {
        guard printing else { return }
        while row <= usedRange.end.row { try endRow() }
        printing = false
    }

    /// Ends the rows before `reference`'s and writes the empty fields before it, and the comma before it.
    private mutating func moveTo(_ reference: CellReference) throws {
        while row < reference.row { try endRow() }
        output.append(byte: UInt8(ascii: ","), count: reference.column - column + (column > 0 ? 1 : 0))
        column = reference.column
    }

    /// Writes the empty fields left in the current row and ends its line.
    private mutating func endRow() throws {
        output.append(byte: UInt8(ascii: ","), count: width - max(column, 1))
        try output.endLine()
        row += 1
        column = 0
    }

    /// Adds a cell's CSV field (``DelimitedText/field(_:)``; a number, which never needs quoting or a
    /// leading apostrophe, is written digit by digit).
    private static func appendField(_ value: CellValue, to output: inout InspectOutput) {
        if case .number(let number) = value {
            output.append(number: number)
        } else {
            output.append(DelimitedText.field(value.text))
        }
    }
}
