/// Receives a workbook's content one piece at a time, as a streaming reader finds it.
///
/// Readers call `beginSheet` once per sheet in workbook order, then `visit` for every non-empty cell (in
/// reading order, rows then columns: a file that gives a cell twice or out of order is refused) or
/// `visit(_:at:repeated:)` for a run of cells of one row holding the same value, `merge`
/// for every merged range, `formulaWithoutResult` for every formula cell that has no saved result, and
/// `endSheet`. A visitor that keeps only what it needs reads any file in bounded memory. Throwing from any
/// method stops the read with that error.
public protocol SpreadsheetVisitor {
    /// A new sheet starts.
    mutating func beginSheet(named name: String) throws
    /// A non-empty cell of the current sheet.
    mutating func visit(_ value: CellValue, at reference: CellReference) throws
    /// `count` consecutive non-empty cells of one row holding the same value, from `reference` rightwards
    /// (an OpenDocument cell with `table:number-columns-repeated`): a visitor that can handle the run as a
    /// unit does not pay for each cell.
    mutating func visit(_ value: CellValue, at reference: CellReference, repeated count: Int) throws
    /// A merged range of the current sheet; its value, if any, is visited at its top-left cell.
    mutating func merge(_ range: CellRange) throws
    /// A formula cell of the current sheet with no saved result (the file was written by a program that
    /// does not calculate): the cell has no value and is not visited.
    mutating func formulaWithoutResult(at reference: CellReference) throws
    /// The current sheet ends.
    mutating func endSheet() throws
}

extension SpreadsheetVisitor {
    /// Visits each cell of the run in turn.
    public mutating func visit(_ value: CellValue, at reference: CellReference, repeated count: Int) throws {
        for offset in 0..<count {
            try visit(value, at: CellReference(row: reference.row, column: reference.column + offset))
        }
    }

    /// Leaves formula cells without a saved result out, as a visitor that needs values only does.
    public mutating func formulaWithoutResult(at reference: CellReference) throws {}
}
