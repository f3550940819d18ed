import Foundation

/// A streaming RFC 4180 parser delivering typed cells to a `CellSink`, fed in chunks of bytes.
///
/// Fields are separated by commas and records by LF, CRLF or CR; a field in double quotes may hold
/// commas, line breaks and doubled quotes. An unquoted field that is a plain decimal number (`-12`,
/// `0.5`, `1e-3`; no leading zeros, signs `+`, spaces or thousands separators) becomes a number; all
/// other fields are strings, and empty fields are left out.
final class CSVParser<Visitor: SpreadsheetVisitor> {
    private let sink: CellSink<Visitor>
    private var field: [UInt8] = []
    private var quoted = false
    private var inQuotes = false
    private var quoteClosed = false
    private var row = 0
    private var column = 0
    private var line = 1
    private var lineStart = 0
    private var offset = 0
    private var quoteLine = 1
    private var pendingCR = false
    private var started = false
    private var recordHasContent = false

    /// A parser delivering to `sink`, which must already be in a sheet.
    init(sink: CellSink<Visitor>) {
        self.sink = sink
    }

    /// Parses the next bytes.
    func feed(_ bytes: UnsafeRawBufferPointer) throws {
        var index = 0
        if !started {
            started = true
            if bytes.count >= 3, bytes[0] == 0xEF, bytes[1] == 0xBB, bytes[2] == 0xBF { index = 3 }
        }
        while index < bytes.count {
            let byte = bytes[index]
            index += 1
            try consume(byte)
            offset += 1
        }
    }

    /// Ends the input, delivering the last record.
    func finish() throws {
        if inQuotes {
            throw SpreadsheetError.malformed(
                location(line: quoteLine), "a quoted field is not closed (expected a \" before the end of the file)")
        }
        if recordHasContent || !field.isEmpty || quoted { try endRecord() }
    }

    private func consume(_ byte: UInt8) throws {
        if pendingCR {
            pendingCR = false
            if byte == 0x0A { return }
        }
        if inQuotes {
            if byte == UInt8(ascii: "\"") {
                inQuotes = false
                quoteClosed = true
            } else {
                if byte == 0x0A || byte == 0x0D { newLine() }
                try append(byte)
            }
            return
        }
        if quoteClosed {
            quoteClosed = false
            if byte == UInt8(ascii: "\"") {
                inQuotes = true
                try append(byte)
                return
            }
            guard byte == UInt8(ascii: ",") || byte == 0x0A || byte == 0x0D else {
                throw SpreadsheetError.malformed(
                    location(line: line),
                    "a quoted field is followed by \"\(Character(Unicode.Scalar(byte)))\" (expected a comma or the end of the line)"
                )
            }
        }
        switch byte {
        case UInt8(ascii: ","):
            try endField()
        case 0x0A, 0x0D:
            try endRecord()
            pendingCR = byte == 0x0D
            newLine()
        case UInt8(ascii: "\"") where field.isEmpty && !quoted:
            quoted = true
            inQuotes = true
            quoteLine = line
        default:
            try append(byte)
        }
    }

    private func append(_ byte: UInt8) throws {
        field.append(byte)
        if field.count > sink.limits.maximumTextBytes {
            try sink.checkText(bytes: field.count, at: location(line: line))
        }
    }

    private func newLine() {
        line += 1
        lineStart = offset + 1
    }

    private func endField() throws {
        defer {
            field.removeAll(keepingCapacity: true)
            quoted = false
            column += 1
            recordHasContent = true
        }
        guard !field.isEmpty else { return }
        if !quoted, let number = Self.number(field) {
            try sink.emit(.number(number), row: row, column: column, at: location(line: line))
            return
        }
        guard let text = String(bytes: field, encoding: .utf8) else {
            throw SpreadsheetError.malformed(location(line: line), "the text is not valid UTF-8 (expected UTF-8 CSV)")
        }
        try sink.emit(.string(text), row: row, column: column, at: location(line: line))
    }

    private func endRecord() throws {
        if recordHasContent || !field.isEmpty || quoted {
            try endField()
            row += 1
        }
        column = 0
        recordHasContent = false
    }

    private func location(line: Int) -> SpreadsheetLocation {
        SpreadsheetLocation(file: sink.file, line: line)
    }

    /// The number a plain decimal field spells, or `nil`.
    static func number(_ bytes: [UInt8]) -> Double? {
        var index = 0
        let count = bytes.count
        func digits() -> Int {
            let start = index
            while index < count, bytes[index] >= 0x30, bytes[index] <= 0x39 { index += 1 }
            return index - start
        }
        if index < count, bytes[index] == UInt8(ascii: "-") { index += 1 }
        let integerStart = index
        let integerDigits = digits()
        guard integerDigits > 0, integerDigits == 1 || bytes[integerStart] != 0x30 else { return nil }
        if index < count, bytes[index] == UInt8(ascii: ".") {
            index += 1
            guard digits() > 0 else { return nil }
        }
        if index < count, bytes[index] == UInt8(ascii: "e") || bytes[index] == UInt8(ascii: "E") {
            index += 1
            if index < count, bytes[index] == UInt8(ascii: "-") || bytes[index] == UInt8(ascii: "+") { index += 1 }
            guard digits() > 0 else { return nil }
        }
        guard index == count else { return nil }
        return bytes.withUnsafeBufferPointer { ByteText.double($0) }
    }
}
