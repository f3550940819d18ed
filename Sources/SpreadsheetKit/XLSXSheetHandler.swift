import Foundation

/// Streams one XLSX worksheet part to a `CellSink`.
///
/// Reads `c` cells of every type (`s`, `inlineStr`, `str`, `b`, `e`, `d`, `n`), fills in missing `r`
/// attributes on rows and cells from their position, turns numbers in date formats into dates, and
/// reports `mergeCell` ranges. An inline string's `t` loses its leading and trailing white space unless it
/// says `xml:space="preserve"`; a formula with no saved result is reported as such, not as a cell.
///
/// Its stored properties skip Swift's run-time exclusivity checks (`@exclusivity(unchecked)`): a parse runs on
/// one thread and never overlaps accesses, and the checks cost about a fifth of the time per cell.
final class XLSXSheetHandler<Visitor: SpreadsheetVisitor>: XMLEventHandler {
    let sink: CellSink<Visitor>
    /// The parser delivering events, for error positions; it outlives every event it delivers (a weak
    /// reference would put each retain of the parser on the slow path).
    unowned(unsafe) var parser: XMLEventParser?
    private let sharedStrings: SharedStrings
    private let dateFormats: [Bool]
    private let uses1904: Bool
    @exclusivity(unchecked) private var row = -1
    @exclusivity(unchecked) private var column = -1
    @exclusivity(unchecked) private var cellType = CellType.number
    @exclusivity(unchecked) private var isDate = false
    @exclusivity(unchecked) private var inCell = false
    @exclusivity(unchecked) private var inValue = false
    @exclusivity(unchecked) private var inInline = false
    @exclusivity(unchecked) private var inInlineText = false
    @exclusivity(unchecked) private var phoneticDepth = 0
    private let value = TextBuffer()
    private let inline = TextBuffer()
    @exclusivity(unchecked) private var sawInline = false
    @exclusivity(unchecked) private var sawFormula = false
    @exclusivity(unchecked) private var sawValue = false
    @exclusivity(unchecked) private var inlineStart = 0
    @exclusivity(unchecked) private var preservesSpace = false

    private enum CellType {
        case number, shared, inline, formulaString, boolean, error, date
    }

    /// A handler using the workbook's shared strings, date formats and date system.
    init(sink: CellSink<Visitor>, sharedStrings: SharedStrings, dateFormats: [Bool], uses1904: Bool) {
        self.sink = sink
        self.sharedStrings = sharedStrings
        self.dateFormats = dateFormats
        self.uses1904 = uses1904
    }

    func startElement(_ name: XMLName, attributes: XMLAttributes) throws {
        switch name.token {
        case .c:
            try startCell(attributes)
        case .v where inCell:
            inValue = true
            sawValue = true
            value.removeAll()
        case .is where inCell:
            inInline = true
            sawInline = true
        case .rPh where inInline:
            phoneticDepth += 1
        case .t where inInline && phoneticDepth == 0:
            inInlineText = true
            inlineStart = inline.count
            preservesSpace = OOXMLText.preservesSpace(attributes)
        case .f where inCell:
            sawFormula = true
        case .row:
            if let bytes = attributes.bytes(.r) {
                row = try sink.position(bytes, after: row, naming: "row", in: "r", at: sink.location(parser))
            } else {
                row += 1
            }
            column = -1
        case .mergeCell:
            if let text = attributes.string(.ref), let range = CellRange(text) {
                try sink.merge(range, at: sink.location(parser))
            }
        default:
            break
        }
    }

    func endElement(_ name: XMLName) throws {
        switch name.token {
        case .c where inCell:
            inCell = false
            if let cellValue = try cellValue() {
                try sink.emit(cellValue, row: row, column: column, at: sink.location(parser))
            } else if sawFormula, !sawValue, !sawInline {
                try sink.formulaWithoutResult(row: row, column: column, at: sink.location(parser))
            }
        case .v:
            inValue = false
        case .is:
            inInline = false
        case .rPh where phoneticDepth > 0:
            phoneticDepth -= 1
        case .t where inInlineText:
            inInlineText = false
            if !preservesSpace { inline.trimWhitespace(from: inlineStart) }
        default:
            break
        }
    }

    func characters(_ bytes: UnsafeBufferPointer<UInt8>) throws {
        if inValue {
            value.append(bytes)
            if value.count > sink.limits.maximumTextBytes {
                try sink.checkText(bytes: value.count, at: sink.location(parser))
            }
        } else if inInlineText {
            inline.append(bytes)
            if inline.count > sink.limits.maximumTextBytes {
                try sink.checkText(bytes: inline.count, at: sink.location(parser))
            }
        }
    }

    private func startCell(_ attributes: XMLAttributes) throws {
        if row < 0 { row = 0 }
        var referenceBytes: UnsafeBufferPointer<UInt8>?
        var typeBytes: UnsafeBufferPointer<UInt8>?
        var style: Int?
        attributes.forEach { token, _, bytes in
            switch token {
            case .r where referenceBytes == nil: referenceBytes = bytes
            case .t where typeBytes == nil: typeBytes = bytes
            case .s where style == nil: style = ByteText.integer(bytes) ?? 0
            default: break
            }
        }
        if let referenceBytes {
            guard let reference = ByteText.reference(referenceBytes) else {
                throw SpreadsheetError.malformed(
                    sink.location(parser),
                    "\"\(String(decoding: referenceBytes, as: UTF8.self))\" is not a cell reference (expected a column "
                        + "and a row, such as B3)")
            }
            if reference.row < row || (reference.row == row && reference.column <= column) {
                throw SpreadsheetError.malformed(
                    sink.location(parser, row: reference.row, column: reference.column),
                    "the cell comes again or out of order (expected each cell once, left to right, top to bottom)")
            }
            if reference.row != row { row = reference.row }
            column = reference.column
        } else {
            column += 1
        }
        cellType = Self.cellType(typeBytes)
        let format = style ?? 0
        isDate = format < dateFormats.count && dateFormats[format]
        inCell = true
        value.removeAll()
        inline.removeAll()
        sawInline = false
        sawFormula = false
        sawValue = false
    }

    private func cellValue() throws -> CellValue? {
        switch cellType {
        case .number:
            guard !value.isEmpty else { return nil }
            guard let number = value.double else {
                throw SpreadsheetError.malformed(
                    sink.location(parser, row: row, column: column), "\"\(value.string)\" is not a number")
            }
            if isDate, let date = ExcelDate.date(serial: number, uses1904: uses1904) { return .date(date) }
            return .number(number)
        case .shared:
            guard !value.isEmpty else { return nil }
            guard let index = value.integer, index < sharedStrings.count else {
                throw SpreadsheetError.malformed(
                    sink.location(parser, row: row, column: column),
                    "shared string \(value.string) does not exist (the workbook has \(sharedStrings.count))")
            }
            let text = sharedStrings[index]
            return text.isEmpty ? nil : .string(text)
        case .inline:
            let text = sawInline ? inline.string : value.string
            return text.isEmpty ? nil : .string(OOXMLText.unescape(text))
        case .formulaString:
            return value.isEmpty ? nil : .string(OOXMLText.unescape(value.string))
        case .boolean:
            if value.isEmpty { return nil }
            return .boolean(!(value.equals("0") || value.equals("false")))
        case .error:
            return value.isEmpty ? nil : .error(value.string)
        case .date:
            if value.isEmpty { return nil }
            guard let date = ISODateText.parse(value.string) ?? ISODateText.parse("1899-12-30T" + value.string) else {
                throw SpreadsheetError.malformed(
                    sink.location(parser, row: row, column: column),
                    "\"\(value.string)\" is not an ISO 8601 date (t=\"d\")")
            }
            return .date(date)
        }
    }

    private static func cellType(_ bytes: UnsafeBufferPointer<UInt8>?) -> CellType {
        guard let bytes, let first = bytes.first else { return .number }
        switch (first, bytes.count) {
        case (UInt8(ascii: "s"), 1): return .shared
        case (UInt8(ascii: "s"), 3): return .formulaString
        case (UInt8(ascii: "i"), 9): return .inline
        case (UInt8(ascii: "b"), 1): return .boolean
        case (UInt8(ascii: "e"), 1): return .error
        case (UInt8(ascii: "d"), 1): return .date
        default: return .number
        }
    }

}
