/// A visitor that counts cells and tracks used ranges, keeping nothing else: bounded memory at any size.
///
/// The current sheet's figures are kept apart and written into `sheets` when the sheet ends, so that a
/// cell costs a few comparisons, not an access to an array of summaries.
struct SummaryVisitor: SpreadsheetVisitor {
    /// The sheets summarised so far.
    private(set) var sheets: [SheetSummary] = []
    private var cellCount = 0
    private var top = Int.max
    private var left = Int.max
    private var bottom = -1
    private var right = -1

    mutating func beginSheet(named name: String) throws {
        sheets.append(SheetSummary(name: name))
        (cellCount, top, left, bottom, right) = (0, Int.max, Int.max, -1, -1)
    }

    mutating func visit(_ value: CellValue, at reference: CellReference) throws {
        cellCount += 1
        if reference.row < top { top = reference.row }
        if reference.row > bottom { bottom = reference.row }
        if reference.column < left { left = reference.column }
        if reference.column > right { right = reference.column }
    }

    mutating func visit(_ value: CellValue, at reference: CellReference, repeated count: Int) throws {
        try visit(value, at: reference)
        cellCount += count - 1
        let last = reference.column + count - 1
        if last > right { right = last }
    }

    mutating func merge(_ range: CellRange) throws {
        sheets[sheets.count - 1].mergeCount += 1
    }

    mutating func formulaWithoutResult(at reference: CellReference) throws {
        sheets[sheets.count - 1].formulasWithoutResultCount += 1
    }

    mutating func endSheet() throws {
        sheets[sheets.count - 1].cellCount = cellCount
        guard bottom >= 0 else { return }
        sheets[sheets.count - 1].usedRange = CellRange(
            CellReference(row: top, column: left), CellReference(row: bottom, column: right))
    }
}
