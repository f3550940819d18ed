/// What one sheet holds, counted without keeping its cells: its name, used range and cell count.
public struct SheetSummary: Sendable, Hashable {
    /// The sheet's name.
    public var name: String
    /// The smallest range holding every non-empty cell, or `nil` for an empty sheet.
    public var usedRange: CellRange?
    /// The number of non-empty cells.
    public var cellCount: Int
    /// The number of merged ranges.
    public var mergeCount: Int

    /// A summary with the given figures.
    public init(name: String, usedRange: CellRange? = nil, cellCount: Int = 0, mergeCount: Int = 0) {
        self.name = name
        self.usedRange = usedRange
        self.cellCount = cellCount
        self.mergeCount = mergeCount
    }
}
