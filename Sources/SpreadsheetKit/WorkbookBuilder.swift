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

    mutating func merge(_ range: CellRange) throws {
        workbook.sheets[workbook.sheets.count - 1].merges.append(range)
    }

    mutating func endSheet() throws {}
}
