import Foundation

/// Streams a SpreadsheetML 2003 workbook (`urn:schemas-microsoft-com:office:spreadsheet`) to a `CellSink`.
///
/// Handles `ss:Index` gaps on rows and cells, `ss:MergeAcross`/`ss:MergeDown`, the five `ss:Type`s,
/// rich text (`html:` elements inside `Data`, their text concatenated), formula cells (the `Data` holds
/// the cached value; one without a `Data` is reported as a formula without a result) and comments (kept
/// out of the value). A time of day alone, written on 1899-12-31, reads on ``ExcelDate/timeOnlyDay``.
///
/// Its stored properties skip Swift's run-time exclusivity checks (`@exclusivity(unchecked)`): a parse runs on
/// one thread and never overlaps accesses, and the checks cost about a fifth of the time per cell.
final class SpreadsheetMLHandler<Visitor: SpreadsheetVisitor>: XMLEventHandler {
    let sink: CellSink<Visitor>
    /// The parser delivering events, for error positions; it outlives every event it delivers (a weak
    /// reference would put each retain of the parser on the slow path).
    unowned(unsafe) var parser: XMLEventParser?
    @exclusivity(unchecked) private var row = -1
    @exclusivity(unchecked) private var column = -1
    @exclusivity(unchecked) private var inTable = false
    @exclusivity(unchecked) private var inCell = false
    @exclusivity(unchecked) private var commentDepth = 0
    @exclusivity(unchecked) private var dataDepth = 0
    @exclusivity(unchecked) private var dataType: DataType?
    @exclusivity(unchecked) private var sawData = false
    @exclusivity(unchecked) private var hasFormula = false
    private let text = TextBuffer()
    @exclusivity(unchecked) private var mergeAcross = 0
    @exclusivity(unchecked) private var mergeDown = 0

    private enum DataType {
        case string, number, boolean, dateTime, error, unknown
    }

    /// A handler delivering to `sink`.
    init(sink: CellSink<Visitor>) {
        self.sink = sink
    }

    func startElement(_ name: XMLName, attributes: XMLAttributes) throws {
        if commentDepth > 0 {
            commentDepth += 1
            return
        }
        if dataDepth > 0 {
            dataDepth += 1
            if name.token == .ssBr || name.token == .ssBrLower { text.append(ascii: 10) }
            return
        }
        switch name.token {
        case .ssCell where inTable:
            try startCell(attributes)
        case .ssData where inCell:
            dataDepth = 1
            sawData = true
            text.removeAll()
            dataType = Self.dataType(attributes.bytes(.ssType))
        case .ssComment where inCell:
            commentDepth = 1
        case .ssRow where inTable:
            if let bytes = attributes.bytes(.ssIndex) {
                row = try sink.position(bytes, after: row, naming: "row", in: "ss:Index", at: sink.location(parser))
            } else {
                row += 1
            }
            column = -1
            if row >= sink.limits.maximumRows || row < 0 {
                try sink.checkPosition(row: row, column: 0, at: sink.location(parser))
            }
        case .ssTable:
            guard sink.sheet != nil else {
                throw SpreadsheetError.malformed(
                    sink.location(parser), "a <Table> lies outside any <Worksheet> (expected it inside one)")
            }
            inTable = true
            row = -1
        case .ssWorksheet:
            try sink.endSheet()
            let name = attributes.string(.ssName) ?? "Sheet"
            try sink.beginSheet(named: name, at: sink.location(parser))
        default:
            break
        }
    }

    func endElement(_ name: XMLName) throws {
        if commentDepth > 0 {
            commentDepth -= 1
            return
        }
        if dataDepth > 0 {
            dataDepth -= 1
            return
        }
        switch name.token {
        case .ssCell where inCell:
            try endCell()
        case .ssTable:
            inTable = false
        case .ssWorksheet:
            try sink.endSheet()
        default:
            break
        }
    }

    func characters(_ bytes: UnsafeBufferPointer<UInt8>) throws {
        guard dataDepth > 0 else { return }
        text.append(bytes)
        if text.count > sink.limits.maximumTextBytes {
            try sink.checkText(bytes: text.count, at: sink.location(parser))
        }
    }

    private func startCell(_ attributes: XMLAttributes) throws {
        if row < 0 { row = 0 }
        var index: UnsafeBufferPointer<UInt8>?
        mergeAcross = 0
        mergeDown = 0
        hasFormula = false
        attributes.forEach { token, _, bytes in
            switch token {
            case .ssIndex: index = bytes
            case .ssFormula: hasFormula = true
            case .ssMergeAcross: mergeAcross = ByteText.integer(bytes) ?? 0
            case .ssMergeDown: mergeDown = ByteText.integer(bytes) ?? 0
            default: break
            }
        }
        if let index {
            column = try sink.position(index, after: column, naming: "cell", in: "ss:Index", at: sink.location(parser))
        } else {
            column += 1
        }
        if column >= sink.limits.maximumColumns || column < 0 {
            try sink.checkPosition(row: row, column: column, at: sink.location(parser))
        }
        inCell = true
        sawData = false
        dataType = nil
    }

    private func endCell() throws {
        inCell = false
        if sawData, let value = try value() {
            try sink.emit(value, row: row, column: column, at: sink.location(parser))
        } else if hasFormula, !sawData {
            try sink.formulaWithoutResult(row: row, column: column, at: sink.location(parser))
        }
        if mergeAcross > 0 || mergeDown > 0 {
            let start = CellReference(row: row, column: column)
            let end = CellReference(row: row + min(mergeDown, sink.limits.maximumRows), column: column + mergeAcross)
            try sink.merge(CellRange(start, end), at: sink.location(parser))
        }
        column += min(mergeAcross, sink.limits.maximumColumns)
    }

    private func value() throws -> CellValue? {
        switch dataType {
        case .string, .unknown, nil:
            return text.isEmpty ? nil : .string(text.string)
        case .number:
            if text.isEmpty { return nil }
            guard let number = text.double else {
                throw SpreadsheetError.malformed(
                    sink.location(parser, row: row, column: column),
                    "\"\(text.string)\" is not a number (ss:Type is Number)")
            }
            return .number(number)
        case .boolean:
            if text.equals("1") || text.equals("true") || text.equals("TRUE") { return .boolean(true) }
            if text.equals("0") || text.equals("false") || text.equals("FALSE") { return .boolean(false) }
            if text.isEmpty { return nil }
            throw SpreadsheetError.malformed(
                sink.location(parser, row: row, column: column), "\"\(text.string)\" is not a boolean (expected 1 or 0)"
            )
        case .dateTime:
            if text.isEmpty { return nil }
            guard let date = text.date else {
                throw SpreadsheetError.malformed(
                    sink.location(parser, row: row, column: column),
                    "\"\(text.string)\" is not a date (expected YYYY-MM-DDTHH:MM:SS.fff)")
            }
            return .date(ExcelDate.spreadsheetMLDate(date))
        case .error:
            return text.isEmpty ? nil : .error(text.string)
        }
    }

    private static func dataType(_ bytes: UnsafeBufferPointer<UInt8>?) -> DataType {
        guard let bytes, let first = bytes.first else { return .string }
        switch (first, bytes.count) {
        case (UInt8(ascii: "S"), 6): return .string
        case (UInt8(ascii: "N"), 6): return .number
        case (UInt8(ascii: "B"), 7): return .boolean
        case (UInt8(ascii: "D"), 8): return .dateTime
        case (UInt8(ascii: "E"), 5): return .error
        default: return .unknown
        }
    }

}
