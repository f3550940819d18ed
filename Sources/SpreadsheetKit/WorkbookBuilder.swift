/// A visitor that collects everything a reader delivers into a `Workbook`.
struct WorkbookBuilder: SpreadsheetVisitor {
    /// The workbook built so far.
    private(set) var workbook = Workbook()

    mutating func beginSheet(named name: String) throws {
        workbook.sheets.append(Sheet(name: name))
    }

    mutating func visit(_ value: CellValue, at reference: CellReference) throws {
        workbook.sheets[workbook.sheets.count - 1].cells[reference] = value
    }

    /// Makes room for the whole run at once (the reader has checked it against the cell limit), so the
    /// sheet's table grows once, not once per doubling.
    mutating func visit(_ value: CellValue, at reference: CellReference, repeated count: Int) throws {
        let last = workbook.sheets.count - 1
        workbook.sheets[last].cells.reserveCapacity(workbook.sheets[last].cells.count + count)
        for offset in 0..<count {
            workbook.sheets[last].cells[CellReference(row: reference.row, column: reference.column + offset)] = value
        }
    }

    mutating func merge(_ range: CellRange) throws {
        workbook.sheets[workbook.sheets.count - 1].merges.append(range)
    }

    mutating func formulaWithoutResult(at reference: CellReference) throws {
        workbook.sheets[workbook.sheets.count - 1].formulasWithoutResult.append(reference)
    }

    mutating func endSheet() throws {}
}
