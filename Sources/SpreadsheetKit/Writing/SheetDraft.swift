/// One sheet of a `WorkbookDraft`: cells, column widths, frozen rows, drop-down lists and protection.
public struct SheetDraft: Sendable, Hashable {
    /// The tab name (1 to 31 characters, none of `[ ] : * ? / \`).
    public var name: String
    /// The cells that hold a value or a style, by position.
    public var cells: [CellReference: DraftCell]
    /// Column widths in characters of the default font, by zero-based column.
    public var columnWidths: [Int: Double]
    /// How many rows at the top stay in view when scrolling (0 for none).
    public var frozenRows: Int
    /// The drop-down lists offered in ranges of the sheet.
    public var validations: [ListValidation]
    /// Whether locked cells are protected from editing (no password; unlocked cells stay editable).
    public var isProtected: Bool
    /// Whether the tab is hidden (for metadata the reader of the file needs but a person does not).
    public var isHidden: Bool
    /// Row heights in points, by zero-based row; a row not listed keeps the program's default height.
    public var rowHeights: [Int: Double]
    /// How the sheet prints, or `nil` for the spreadsheet program's defaults.
    public var pageSetup: PageSetup?

    /// A sheet with the given content.
    public init(
        name: String, cells: [CellReference: DraftCell] = [:], columnWidths: [Int: Double] = [:],
        frozenRows: Int = 0, validations: [ListValidation] = [], isProtected: Bool = false, isHidden: Bool = false,
        rowHeights: [Int: Double] = [:], pageSetup: PageSetup? = nil
    ) {
        self.name = name
        self.cells = cells
        self.columnWidths = columnWidths
        self.frozenRows = frozenRows
        self.validations = validations
        self.isProtected = isProtected
        self.isHidden = isHidden
        self.rowHeights = rowHeights
        self.pageSetup = pageSetup
    }

    /// The cell at `reference` (an empty, default-styled cell when nothing is set there).
    public subscript(reference: CellReference) -> DraftCell {
        get { cells[reference] ?? DraftCell() }
        set { cells[reference] = newValue }
    }

    /// The cell at a zero-based row and column.
    public subscript(row: Int, column: Int) -> DraftCell {
        get { self[CellReference(row: row, column: column)] }
        set { self[CellReference(row: row, column: column)] = newValue }
    }

    /// Sets the value at `reference`, keeping the cell's style.
    public mutating func set(_ value: CellValue?, at reference: CellReference) {
        var cell = self[reference]
        cell.value = value
        cells[reference] = cell
    }

    /// The smallest range holding every cell that has a value or a style, or `nil` for an empty sheet.
    public var usedRange: CellRange? {
        guard let first = cells.keys.min() else { return nil }
        var bottom = first.row
        var left = first.column
        var right = first.column
        for reference in cells.keys {
            bottom = max(bottom, reference.row)
            left = min(left, reference.column)
            right = max(right, reference.column)
        }
        return CellRange(CellReference(row: first.row, column: left), CellReference(row: bottom, column: right))
    }

    /// The cells in reading order, grouped by row.
    var rows: [(row: Int, cells: [(column: Int, cell: DraftCell)])] {
        let byRow = Dictionary(grouping: cells, by: \.key.row)
        return byRow.keys.sorted().map { row in
            let cells = (byRow[row] ?? []).sorted { $0.key.column < $1.key.column }
            return (row, cells.map { ($0.key.column, $0.value) })
        }
    }
}
