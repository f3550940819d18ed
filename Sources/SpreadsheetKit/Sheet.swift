/// One worksheet: its name, its non-empty cells and its merged ranges.
public struct Sheet: Sendable, Hashable {
    /// The sheet's name as shown on its tab.
    public var name: String
    /// Every cell with a value, by position. A merged range's value sits in its top-left cell.
    public var cells: [CellReference: CellValue]
    /// The merged ranges, in the order the file lists them.
    public var merges: [CellRange]
    /// The formula cells that have no saved result (the file was written by a program that does not
    /// calculate), in file order; they have no value in `cells`.
    public var formulasWithoutResult: [CellReference]

    /// A sheet with the given content.
    public init(
        name: String, cells: [CellReference: CellValue] = [:], merges: [CellRange] = [],
        formulasWithoutResult: [CellReference] = []
    ) {
        self.name = name
        self.cells = cells
        self.merges = merges
        self.formulasWithoutResult = formulasWithoutResult
    }

    /// The value at `reference`, or `nil` for an empty cell.
    public subscript(reference: CellReference) -> CellValue? {
        get { cells[reference] }
        set { cells[reference] = newValue }
    }

    /// The value at a zero-based row and column, or `nil` for an empty cell.
    public subscript(row: Int, column: Int) -> CellValue? {
        cells[CellReference(row: row, column: column)]
    }

    /// The smallest range holding every non-empty cell, or `nil` for an empty sheet.
    public var usedRange: CellRange? {
        guard let first = cells.keys.first else { return nil }
        var top = first.row
        var left = first.column
        var bottom = first.row
        var right = first.column
        for reference in cells.keys {
            top = min(top, reference.row)
            bottom = max(bottom, reference.row)
            left = min(left, reference.column)
            right = max(right, reference.column)
        }
        return CellRange(CellReference(row: top, column: left), CellReference(row: bottom, column: right))
    }

    /// The rows holding at least one non-empty cell, top to bottom.
    public var rowsInUse: [Int] {
        Set(cells.keys.lazy.map(\.row)).sorted()
    }

    /// The non-empty cells of the zero-based `row`, left to right: found without sorting the whole sheet.
    public func cells(inRow row: Int) -> [(column: Int, value: CellValue)] {
        cells.compactMap { $0.key.row == row ? (column: $0.key.column, value: $0.value) : nil }
            .sorted { $0.column < $1.column }
    }

    /// The non-empty cells in reading order: rows, then columns.
    public var orderedCells: [(reference: CellReference, value: CellValue)] {
        cells.sorted { $0.key < $1.key }.map { ($0.key, $0.value) }
    }
}
