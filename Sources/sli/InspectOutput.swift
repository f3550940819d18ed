import Foundation
import SpreadsheetKit

/// Standard output for `sli inspect --format jsonl` and `csv`: bytes gathered in one reused buffer and
/// written in large blocks, up to a cap on what one file may print.
///
/// A small file can describe millions of cells (an OpenDocument cell repeated across a row, a long shared
/// string used by every cell), so the total is capped at ``limit``: the block that would go beyond it is
/// not written, and the printer stops with an error naming the file and the cap. What was written before
/// ends with a whole line.
struct InspectOutput {
    /// The most bytes `inspect` prints for one file: 512 MiB.
    static let limit = 512 << 20
    /// How much is gathered before a block is written.
    private static let blockSize = 1 << 20

    /// The file being printed, for the error when the cap is reached.
    let file: String
    private var buffer: [UInt8] = []
    private var written = 0

    /// An empty output for printing `file`.
    init(file: String) {
        self.file = file
        buffer.reserveCapacity(Self.blockSize + (1 << 16))
    }

    private init() {
        file = ""
    }

    /// A small buffer to put a piece of a line together in once, then add it with `append(_:)` as often as
    /// needed; it is never written.
    static var scratch: InspectOutput { InspectOutput() }

    /// What is gathered and not yet written.
    var bytes: [UInt8] { buffer }

    /// Adds bytes.
    mutating func append(_ bytes: [UInt8]) {
        buffer.append(contentsOf: bytes)
    }

    /// Adds one byte.
    mutating func append(byte: UInt8) {
        buffer.append(byte)
    }

    /// Adds `count` copies of one byte.
    mutating func append(byte: UInt8, count: Int) {
        guard count > 0 else { return }
        buffer.append(contentsOf: repeatElement(byte, count: count))
    }

    /// Adds the UTF-8 bytes of `text`.
    mutating func append(_ text: String) {
        buffer.append(contentsOf: text.utf8)
    }

    /// Adds a non-negative integer in decimal digits.
    mutating func append(decimal value: Int) {
        var divisor = 1
        while divisor <= value / 10 { divisor *= 10 }
        var rest = value
        while divisor > 0 {
            buffer.append(UInt8(ascii: "0") + UInt8(rest / divisor))
            rest %= divisor
            divisor /= 10
        }
    }

    /// Adds a number as a cell shows it (``NumberText/format(_:)``), writing whole numbers digit by digit.
    mutating func append(number: Double) {
        if number == number.rounded(), abs(number) < 1e9 {
            if number < 0 { buffer.append(UInt8(ascii: "-")) }
            append(decimal: Int(abs(number)))
        } else {
            append(NumberText.format(number))
        }
    }

    /// Adds a cell reference in A1 notation (`B3`).
    mutating func append(reference: CellReference) {
        guard reference.column < 18_278 else { return append(reference.description) }
        var column = reference.column + 1
        var letters: (UInt8, UInt8, UInt8, UInt8) = (0, 0, 0, 0)
        var count = 0
        withUnsafeMutableBytes(of: &letters) { slots in
            while column > 0 {
                column -= 1
                slots[slots.count - 1 - count] = UInt8(ascii: "A") + UInt8(column % 26)
                column /= 26
                count += 1
            }
            buffer.append(contentsOf: slots[(slots.count - count)...])
        }
        append(decimal: reference.row + 1)
    }

    /// Adds `text` as a JSON string literal, escaping quotes, backslashes and control characters as
    /// `JSONLiteral.string` does.
    mutating func append(jsonString text: String) {
        buffer.append(UInt8(ascii: "\""))
        var text = text
        text.withUTF8 { bytes in
            var start = 0
            for index in bytes.indices {
                let byte = bytes[index]
                guard byte < 0x20 || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\\") else { continue }
                buffer.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[start..<index]))
                start = index + 1
                buffer.append(UInt8(ascii: "\\"))
                switch byte {
                case UInt8(ascii: "\""), UInt8(ascii: "\\"): buffer.append(byte)
                case UInt8(ascii: "\n"): buffer.append(UInt8(ascii: "n"))
                case UInt8(ascii: "\r"): buffer.append(UInt8(ascii: "r"))
                case UInt8(ascii: "\t"): buffer.append(UInt8(ascii: "t"))
                default:
                    let hex = Array("0123456789abcdef".utf8)
                    buffer.append(contentsOf: "u00".utf8)
                    buffer.append(hex[Int(byte >> 4)])
                    buffer.append(hex[Int(byte & 15)])
                }
            }
            buffer.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[start...]))
        }
        buffer.append(UInt8(ascii: "\""))
    }

    /// Ends a line: writes a block once enough is gathered.
    ///
    /// - Throws: `SpreadsheetError.limitExceeded` naming the file when the output would grow beyond
    ///   ``limit``.
    mutating func endLine() throws {
        buffer.append(UInt8(ascii: "\n"))
        if buffer.count >= Self.blockSize { try flush() }
    }

    /// Writes everything gathered.
    ///
    /// - Throws: `SpreadsheetError.limitExceeded` when that would take the output beyond ``limit``; nothing
    ///   of the block is written then.
    mutating func flush() throws {
        guard !buffer.isEmpty else { return }
        if written + buffer.count > Self.limit {
            buffer.removeAll()
            throw SpreadsheetError.limitExceeded(
                SpreadsheetLocation(file: file),
                "the output would be larger than \(Self.limit >> 20) MiB, the most inspect prints for one file")
        }
        written += buffer.count
        buffer.withUnsafeBytes { FileHandle.standardOutput.write(Data($0)) }
        buffer.removeAll(keepingCapacity: true)
    }
}
