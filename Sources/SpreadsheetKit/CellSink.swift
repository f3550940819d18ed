/// Passes cells from a reader to a `SpreadsheetVisitor`, enforcing the `ReadLimits` on the way.
///
/// Shared by every reader so that the limits and their messages are the same whatever the format.
///
/// Its stored properties skip Swift's run-time exclusivity checks (`@exclusivity(unchecked)`): a parse runs on
/// one thread and never overlaps accesses, and the checks cost about a fifth of the time per cell.
final class CellSink<Visitor: SpreadsheetVisitor> {
    /// The visitor receiving the workbook.
    @exclusivity(unchecked) var visitor: Visitor
    /// The limits in force.
    let limits: ReadLimits
    /// The file, for error messages.
    let file: String
    /// The current sheet's name, `nil` between sheets.
    @exclusivity(unchecked) private(set) var sheet: String?
    @exclusivity(unchecked) private var cellCount = 0
    @exclusivity(unchecked) private var sheetCount = 0
    @exclusivity(unchecked) private var textBytes = 0
    @exclusivity(unchecked) private var mergeCount = 0

    /// A sink forwarding to `visitor`.
    init(visitor: Visitor, limits: ReadLimits, file: String) {
        self.visitor = visitor
        self.limits = limits
        self.file = file
    }

    /// The location of `parser`'s current position in the current sheet, naming a cell when given.
    func location(_ parser: XMLEventParser?, row: Int? = nil, column: Int? = nil) -> SpreadsheetLocation {
        var location = parser?.location(sheet: sheet) ?? SpreadsheetLocation(file: file, sheet: sheet)
        if let row, let column { location.cell = CellReference(row: row, column: column).description }
        return location
    }

    /// Starts a sheet.
    func beginSheet(named name: String, at location: @autoclosure () -> SpreadsheetLocation) throws {
        sheetCount += 1
        if sheetCount > limits.maximumSheets {
            throw SpreadsheetError.limitExceeded(
                location(), "the workbook has more than \(limits.maximumSheets) sheets (the limit)")
        }
        sheet = name
        try visitor.beginSheet(named: name)
    }

    /// Ends the current sheet.
    func endSheet() throws {
        guard sheet != nil else { return }
        sheet = nil
        try visitor.endSheet()
    }

    /// Whether a cell at this row and column would be within the sheet limits.
    func accepts(row: Int, column: Int) -> Bool {
        row >= 0 && column >= 0 && row < limits.maximumRows && column < limits.maximumColumns
    }

    /// Delivers one non-empty cell after checking the limits.
    func emit(
        _ value: CellValue, row: Int, column: Int, at location: @autoclosure () -> SpreadsheetLocation
    ) throws {
        try countCells(1, row: row, column: column, at: location())
        if case .string(let text) = value { try countText(text.utf8.count, at: location()) }
        try visitor.visit(value, at: CellReference(row: row, column: column))
    }

    /// Delivers `count` consecutive cells of one row holding the same value, from `column` rightwards, as
    /// one run after checking the limits for all of them.
    func emit(
        _ value: CellValue, row: Int, column: Int, repeated count: Int,
        at location: @autoclosure () -> SpreadsheetLocation
    ) throws {
        guard count > 1 else { return try emit(value, row: row, column: column, at: location()) }
        try checkPosition(row: row, column: column + count - 1, at: location())
        try countCells(count, row: row, column: column, at: location())
        if case .string(let text) = value {
            let bytes = text.utf8.count
            if bytes > 0, count > (limits.maximumTotalTextBytes - textBytes) / bytes {
                throw totalTextExceeded(at: location())
            }
            try countText(bytes * count, at: location())
        }
        try visitor.visit(value, at: CellReference(row: row, column: column), repeated: count)
    }

    private func countText(_ bytes: Int, at location: @autoclosure () -> SpreadsheetLocation) throws {
        textBytes += bytes
        if textBytes > limits.maximumTotalTextBytes { throw totalTextExceeded(at: location()) }
    }

    private func totalTextExceeded(at location: SpreadsheetLocation) -> SpreadsheetError {
        SpreadsheetError.limitExceeded(
            location, "the cells hold more than \(limits.maximumTotalTextBytes) bytes of text (the limit)")
    }

    /// Reports a formula cell that has no saved result; it counts towards the cell limit like a value.
    func formulaWithoutResult(
        row: Int, column: Int, at location: @autoclosure () -> SpreadsheetLocation
    ) throws {
        try countCells(1, row: row, column: column, at: location())
        try visitor.formulaWithoutResult(at: CellReference(row: row, column: column))
    }

    /// Throws, before any of them is delivered, when `count` more cells holding `textBytes` bytes of text,
    /// repeated `times`, would take the workbook beyond the cell or text limit: a row repeated a million
    /// times, or a row of a million repeated cells, fails at once, not a million cells on.
    func checkCells(
        adding count: Int, textBytes text: Int = 0, times: Int, at location: @autoclosure () -> SpreadsheetLocation
    ) throws {
        if count > 0, times > (limits.maximumCells - cellCount) / count { throw cellLimitExceeded(at: location()) }
        if text > 0, times > (limits.maximumTotalTextBytes - textBytes) / text {
            throw totalTextExceeded(at: location())
        }
    }

    /// Checks the place of the first of `count` cells and that it lies inside a sheet, and counts them
    /// towards the cell limit.
    private func countCells(
        _ count: Int, row: Int, column: Int, at location: @autoclosure () -> SpreadsheetLocation
    ) throws {
        try checkPosition(row: row, column: column, at: location())
        guard sheet != nil else {
            throw SpreadsheetError.malformed(location(), "a cell lies outside any sheet (expected it inside one)")
        }
        cellCount += count
        if cellCount > limits.maximumCells { throw cellLimitExceeded(at: location()) }
    }

    private func cellLimitExceeded(at location: SpreadsheetLocation) -> SpreadsheetError {
        SpreadsheetError.limitExceeded(
            location, "the workbook has more than \(limits.maximumCells) non-empty cells (the limit)")
    }

    /// Throws when a row or column lies beyond the sheet limits.
    func checkPosition(row: Int, column: Int, at location: @autoclosure () -> SpreadsheetLocation) throws {
        if row >= limits.maximumRows || row < 0 {
            throw SpreadsheetError.limitExceeded(
                location(), "row \(row + 1) is beyond the last row allowed (\(limits.maximumRows))")
        }
        if column >= limits.maximumColumns || column < 0 {
            throw SpreadsheetError.limitExceeded(
                location(), "column \(column + 1) is beyond the last column allowed (\(limits.maximumColumns))")
        }
    }

    /// The zero-based row or column that a one-based number in `attribute` (`ss:Index`, `r`) names,
    /// which must lie after `previous`: a row or cell given twice or out of order is refused.
    func position(
        _ bytes: UnsafeBufferPointer<UInt8>, after previous: Int, naming what: String, in attribute: String,
        at location: @autoclosure () -> SpreadsheetLocation
    ) throws -> Int {
        guard let number = ByteText.integer(bytes), number >= 1 else {
            throw SpreadsheetError.malformed(
                location(),
                "\(attribute)=\"\(String(decoding: bytes, as: UTF8.self))\" is not a \(what) number (expected 1 or more)"
            )
        }
        if number - 1 <= previous {
            throw SpreadsheetError.malformed(
                location(),
                "\(attribute)=\"\(number)\" puts the \(what) at or before the one before it (expected each \(what) once,"
                    + " in order)")
        }
        return number - 1
    }

    /// Delivers a merged range, ignoring one-cell ranges.
    func merge(_ range: CellRange, at location: @autoclosure () -> SpreadsheetLocation) throws {
        guard range.start != range.end else { return }
        try checkPosition(row: range.end.row, column: range.end.column, at: location())
        guard sheet != nil else {
            throw SpreadsheetError.malformed(
                location(), "a merged range lies outside any sheet (expected it inside one)")
        }
        mergeCount += 1
        if mergeCount > limits.maximumMerges {
            throw SpreadsheetError.limitExceeded(
                location(), "the workbook has more than \(limits.maximumMerges) merged ranges (the limit)")
        }
        try visitor.merge(range)
    }

    /// Throws when a piece of text has grown beyond the text limit.
    func checkText(bytes: Int, at location: @autoclosure () -> SpreadsheetLocation) throws {
        if bytes > limits.maximumTextBytes {
            throw SpreadsheetError.limitExceeded(
                location(), "a text is longer than \(limits.maximumTextBytes) bytes (the limit)")
        }
    }
}
