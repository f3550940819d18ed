import Foundation

/// A cell of the repeated row being read, or a run of `count` copies of it, waiting for the row's end: a
/// type of its own outside the generic handler, whose nested types would be looked up at run time.
private struct OpenDocumentRowCell {
    let column: Int
    let count: Int
    let value: CellValue
}

/// Streams the spreadsheet body of an OpenDocument file (ODS `content.xml` or flat FODS) to a `CellSink`.
///
/// A row read once goes out cell by cell as its cells end. Repeated rows and columns are expanded lazily:
/// a repeated row's cells are buffered once, a repeated cell as one run, and replayed for each
/// repetition; runs reach the visitor as runs, the limits are checked for a whole repeated row and its
/// repetitions before any of it is delivered, and empty repetitions (such as the trailing million empty
/// rows LibreOffice writes) cost nothing. Paragraphs join with `"\n"`; `text:s`, `text:tab` and
/// `text:line-break` become spaces, a tab and a newline; covered cells and annotations are left out. A
/// `table:formula` cell with no value type has no saved result and is reported as such.
///
/// Its stored properties skip Swift's run-time exclusivity checks (`@exclusivity(unchecked)`): a parse runs
/// on one thread and never overlaps accesses, and the checks cost about a fifth of the time per cell.
final class OpenDocumentHandler<Visitor: SpreadsheetVisitor>: XMLEventHandler {
    let sink: CellSink<Visitor>
    /// The parser delivering events, for error positions; it outlives every event it delivers (a weak
    /// reference would put each retain of the parser on the slow path).
    unowned(unsafe) var parser: XMLEventParser?
    @exclusivity(unchecked) private var inTable = false
    @exclusivity(unchecked) private var row = 0
    @exclusivity(unchecked) private var rowRepeat = 1
    @exclusivity(unchecked) private var inRow = false
    @exclusivity(unchecked) private var column = 0
    @exclusivity(unchecked) private var rowCells: [OpenDocumentRowCell] = []
    @exclusivity(unchecked) private var rowCellCount = 0
    @exclusivity(unchecked) private var rowTextBytes = 0
    @exclusivity(unchecked) private var rowMerges: [(column: Int, rows: Int, columns: Int)] = []
    @exclusivity(unchecked) private var rowFormulas: [Int] = []
    @exclusivity(unchecked) private var cellDepth = 0
    @exclusivity(unchecked) private var cellRepeat = 1
    @exclusivity(unchecked) private var cellIsCovered = false
    @exclusivity(unchecked) private var cellValue: CellValue?
    @exclusivity(unchecked) private var valueType: ValueType = .none
    @exclusivity(unchecked) private var isError = false
    @exclusivity(unchecked) private var hasFormula = false
    @exclusivity(unchecked) private var paragraphDepth = 0
    @exclusivity(unchecked) private var paragraphCount = 0
    private let text = TextBuffer()
    @exclusivity(unchecked) private var spanRows = 1
    @exclusivity(unchecked) private var spanColumns = 1

    private enum ValueType {
        case none, string, number, boolean, date, time
    }

    /// A handler delivering to `sink`.
    init(sink: CellSink<Visitor>) {
        self.sink = sink
    }

    func startElement(_ name: XMLName, attributes: XMLAttributes) throws {
        if cellDepth > 0 {
            cellDepth += 1
            try startInCell(name, attributes: attributes)
            return
        }
        switch name.token {
        case .tableCell where inTable, .coveredTableCell where inTable:
            try startCell(covered: name.token == .coveredTableCell, attributes: attributes)
        case .tableRow where inTable:
            rowRepeat = max(attributes.integer(.numberRowsRepeated, in: .table) ?? 1, 1)
            inRow = true
            column = 0
            rowCells.removeAll(keepingCapacity: true)
            rowCellCount = 0
            rowTextBytes = 0
            rowMerges.removeAll(keepingCapacity: true)
            rowFormulas.removeAll(keepingCapacity: true)
        case .table where name.namespace == .table:
            try sink.endSheet()
            try sink.beginSheet(named: attributes.string(.name, in: .table) ?? "Sheet", at: sink.location(parser))
            inTable = true
            row = 0
        default:
            break
        }
    }

    func endElement(_ name: XMLName) throws {
        if cellDepth > 0 {
            cellDepth -= 1
            if cellDepth == 0 {
                try endCell()
            } else {
                endInCell(name)
            }
            return
        }
        switch name.token {
        case .tableRow where inTable:
            inRow = false
            try endRow()
        case .table where name.namespace == .table:
            inTable = false
            try sink.endSheet()
        default:
            break
        }
    }

    func characters(_ bytes: UnsafeBufferPointer<UInt8>) throws {
        guard paragraphDepth > 0, cellValue == nil || isError else { return }
        text.append(bytes)
        if text.count > sink.limits.maximumTextBytes {
            try sink.checkText(bytes: text.count, at: sink.location(parser))
        }
    }

    private func startCell(covered: Bool, attributes: XMLAttributes) throws {
        cellDepth = 1
        cellIsCovered = covered
        cellRepeat = 1
        cellValue = nil
        paragraphCount = 0
        paragraphDepth = 0
        text.removeAll()
        spanRows = 1
        spanColumns = 1
        isError = false
        hasFormula = false
        valueType = .none
        var type: UnsafeBufferPointer<UInt8>?
        var value: UnsafeBufferPointer<UInt8>?
        attributes.forEach { token, namespace, bytes in
            switch (token, namespace) {
            case (.numberColumnsRepeated, .table): cellRepeat = max(ByteText.integer(bytes) ?? 1, 1)
            case (.numberRowsSpanned, .table): spanRows = ByteText.integer(bytes) ?? 1
            case (.numberColumnsSpanned, .table): spanColumns = ByteText.integer(bytes) ?? 1
            case (.valueType, .calcext): isError = Self.equals(bytes, "error")
            case (.formula, .table): hasFormula = true
            case (.valueType, .office): type = bytes
            case (.value, .office), (.booleanValue, .office), (.dateValue, .office), (.timeValue, .office),
                (.stringValue, .office):
                value = bytes
            default: break
            }
        }
        guard !covered, let type else { return }
        switch type.count {
        case 5 where Self.equals(type, "float"), 10 where Self.equals(type, "percentage"),
            8 where Self.equals(type, "currency"):
            valueType = .number
            if let value {
                guard let number = ByteText.double(value) else {
                    throw refusal(
                        value,
                        "is not a number (the cell's office:value-type is \(String(decoding: type, as: UTF8.self)))")
                }
                cellValue = .number(number)
            }
        case 7 where Self.equals(type, "boolean"):
            valueType = .boolean
            if let value { cellValue = .boolean(Self.equals(value, "true")) }
        case 4 where Self.equals(type, "date"):
            valueType = .date
            if let value {
                guard let date = ISODateText.parse(utf8: value) else {
                    throw refusal(value, "is not a date (expected YYYY-MM-DD or YYYY-MM-DDTHH:MM:SS)")
                }
                cellValue = .date(date)
            }
        case 4 where Self.equals(type, "time"):
            valueType = .time
            if let value {
                guard let date = Self.time(XMLAttributes.decode(value)) else {
                    throw refusal(value, "is not a time (expected a duration such as PT12H30M00S, within 9999 years)")
                }
                cellValue = .date(date)
            }
        default:
            valueType = .string
            if let value, !value.isEmpty { cellValue = .string(XMLAttributes.decode(value)) }
        }
    }

    /// The error for a cell whose value attribute does not hold what its type says.
    private func refusal(_ value: UnsafeBufferPointer<UInt8>, _ expected: String) -> SpreadsheetError {
        SpreadsheetError.malformed(
            sink.location(parser, row: row, column: column), "\"\(XMLAttributes.decode(value))\" \(expected)")
    }

    private func startInCell(_ name: XMLName, attributes: XMLAttributes) throws {
        if paragraphDepth > 0 {
            paragraphDepth += 1
            guard name.namespace == .text else { return }
            switch name.token {
            case .s: text.append(String(repeating: " ", count: min(attributes.integer(.c, in: .text) ?? 1, 1000)))
            case .tab: text.append(ascii: 9)
            case .lineBreak: text.append(ascii: 10)
            default: return
            }
            if text.count > sink.limits.maximumTextBytes {
                try sink.checkText(bytes: text.count, at: sink.location(parser))
            }
            return
        }
        if cellDepth == 2, name.namespace == .text, name.token == .p || name.token == .h {
            paragraphDepth = 1
            if paragraphCount > 0 { text.append(ascii: 10) }
            paragraphCount += 1
        }
    }

    private func endInCell(_ name: XMLName) {
        if paragraphDepth > 0 { paragraphDepth -= 1 }
    }

    private func endCell() throws {
        let value = cellIsCovered ? nil : finalValue()
        let count = cellRepeat
        if let value {
            let last = column + count - 1
            if last >= sink.limits.maximumColumns {
                try sink.checkPosition(row: row, column: last, at: sink.location(parser))
            }
            if inRow, rowRepeat == 1 {
                // A row read once needs no replay: its cells go out as they end. (A cell outside any row
                // waits in the buffer, which the next row empties, as it always did.)
                try sink.emit(value, row: row, column: column, repeated: count, at: sink.location(parser))
            } else {
                rowCells.append(OpenDocumentRowCell(column: column, count: count, value: value))
                rowCellCount += count
                if case .string(let string) = value { rowTextBytes += string.utf8.count * count }
                if count > 1 {
                    try sink.checkCells(
                        adding: rowCellCount + rowFormulas.count, textBytes: rowTextBytes, times: rowRepeat,
                        at: sink.location(parser))
                }
            }
        } else if hasFormula, !cellIsCovered, valueType == .none, text.isEmpty, column < sink.limits.maximumColumns {
            rowFormulas.append(contentsOf: column..<min(column + count, sink.limits.maximumColumns))
        }
        if !cellIsCovered, spanRows > 1 || spanColumns > 1 {
            rowMerges.append((column, spanRows, spanColumns))
        }
        column = min(column + count, sink.limits.maximumColumns + 1)
    }

    private func finalValue() -> CellValue? {
        if isError { return text.isEmpty ? nil : .error(text.string) }
        switch valueType {
        case .none, .string:
            return cellValue ?? (text.isEmpty ? nil : .string(text.string))
        case .number, .boolean, .date, .time:
            return cellValue
        }
    }

    private func endRow() throws {
        let repeats = rowRepeat
        if !rowCells.isEmpty || !rowFormulas.isEmpty {
            let lastRow = row + repeats - 1
            if lastRow >= sink.limits.maximumRows {
                try sink.checkPosition(row: lastRow, column: 0, at: sink.location(parser))
            }
            try sink.checkCells(
                adding: rowCellCount + rowFormulas.count, textBytes: rowTextBytes, times: repeats,
                at: sink.location(parser))
        }
        if !rowCells.isEmpty || !rowMerges.isEmpty || !rowFormulas.isEmpty {
            for offset in 0..<repeats {
                let current = row + offset
                for cell in rowCells {
                    try sink.emit(
                        cell.value, row: current, column: cell.column, repeated: cell.count, at: sink.location(parser))
                }
                for merge in rowMerges {
                    let start = CellReference(row: current, column: merge.column)
                    let end = CellReference(row: current + merge.rows - 1, column: merge.column + merge.columns - 1)
                    try sink.merge(CellRange(start, end), at: sink.location(parser))
                }
                for formulaColumn in rowFormulas {
                    try sink.formulaWithoutResult(row: current, column: formulaColumn, at: sink.location(parser))
                }
            }
        }
        row = min(row + repeats, sink.limits.maximumRows + 1)
    }

    /// An ISO 8601 duration `PT12H30M15.5S` as that time of day on ``ExcelDate/timeOnlyDay``, or `nil` for
    /// one that is not a duration or is not finite and within 9999 years.
    static func time(_ text: String) -> Date? {
        guard text.hasPrefix("PT") || text.hasPrefix("-PT") else { return nil }
        var seconds = 0.0
        var number = ""
        for character in text.drop(while: { $0 != "T" }).dropFirst() {
            switch character {
            case "H", "M", "S":
                guard let value = Double(number) else { return nil }
                seconds += value * (character == "H" ? 3600 : character == "M" ? 60 : 1)
                number = ""
            default:
                number.append(character)
            }
        }
        guard number.isEmpty, seconds.isFinite, abs(seconds) < 3.2e11 else { return nil }
        if text.hasPrefix("-") { seconds = -seconds }
        return ExcelDate.timeOnlyDay.addingTimeInterval((seconds * 1000).rounded() / 1000)
    }

    private static func equals(_ bytes: UnsafeBufferPointer<UInt8>, _ text: StaticString) -> Bool {
        text.withUTF8Buffer { $0.elementsEqual(bytes) }
    }
}
