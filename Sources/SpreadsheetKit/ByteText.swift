import Foundation

/// Parses numbers and cell references straight from UTF-8 bytes, without building strings.
enum ByteText {
    /// A non-negative decimal integer (surrounding spaces allowed), or `nil`; saturates far above any limit.
    static func integer(_ bytes: UnsafeBufferPointer<UInt8>) -> Int? {
        var value = 0
        var digits = 0
        for byte in bytes {
            switch byte {
            case UInt8(ascii: "0")...UInt8(ascii: "9"):
                if value < Int.max / 20 { value = value * 10 + Int(byte - UInt8(ascii: "0")) }
                digits += 1
            case UInt8(ascii: " "), 9, 10, 13:
                continue
            default:
                return nil
            }
        }
        return digits > 0 ? value : nil
    }

    /// A finite decimal floating-point number in the XML Schema / C form (`-1.5E+3`), or `nil` (also for
    /// one too large for a `Double`, such as `1e999`).
    static func double(_ bytes: UnsafeBufferPointer<UInt8>) -> Double? {
        var start = 0
        var end = bytes.count
        while start < end, isSpace(bytes[start]) { start += 1 }
        while end > start, isSpace(bytes[end - 1]) { end -= 1 }
        let length = end - start
        guard length > 0, length < 64 else { return length >= 64 ? slowDouble(bytes) : nil }
        if let value = shortDecimal(bytes, start, end) { return value }
        for index in start..<end {
            switch bytes[index] {
            case UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "."), UInt8(ascii: "-"), UInt8(ascii: "+"),
                UInt8(ascii: "e"), UInt8(ascii: "E"):
                continue
            default:
                return nil
            }
        }
        return withUnsafeTemporaryAllocation(of: CChar.self, capacity: length + 1) { buffer -> Double? in
            guard let base = buffer.baseAddress else { return nil }
            for index in 0..<length { buffer[index] = CChar(bitPattern: bytes[start + index]) }
            buffer[length] = 0
            var endPointer: UnsafeMutablePointer<CChar>?
            let value = strtod(base, &endPointer)
            guard let endPointer, endPointer == base + length, value.isFinite else { return nil }
            return value
        }
    }

    /// The powers of ten that a `Double` holds exactly, for `shortDecimal`: written out, not computed, so
    /// that the table is built into the program, not made on first use behind a check on every number.
    private static let exactPowersOfTen: [Double] = [
        1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15,
    ]

    /// A plain decimal (`-12.3456`: digits, at most one point, at most 15 digits) computed exactly as
    /// `strtod` rounds it: the digits as an integer below 2^53, divided by an exact power of ten, is one
    /// correctly rounded operation. `nil` for any other form, which `strtod` then reads.
    private static func shortDecimal(_ bytes: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> Double? {
        var index = start
        let negative = bytes[index] == UInt8(ascii: "-")
        if negative { index += 1 }
        var mantissa = 0
        var digits = 0
        var scale = -1
        while index < end {
            let byte = bytes[index]
            if byte == UInt8(ascii: "."), scale < 0 {
                scale = 0
            } else {
                let digit = byte &- UInt8(ascii: "0")
                guard digit < 10, digits < 15 else { return nil }
                mantissa = mantissa * 10 + Int(digit)
                digits += 1
                if scale >= 0 { scale += 1 }
            }
            index += 1
        }
        guard digits > 0 else { return nil }
        let value = Double(mantissa) / exactPowersOfTen[max(scale, 0)]
        return negative ? -value : value
    }

    /// A cell reference such as `B3` (limits unchecked), or `nil`.
    static func reference(_ bytes: UnsafeBufferPointer<UInt8>) -> CellReference? {
        CellReference.unbounded(utf8: bytes)
    }

    /// Whether `byte` is XML white space: a space, tab, line feed or carriage return.
    static func isSpace(_ byte: UInt8) -> Bool {
        byte == UInt8(ascii: " ") || byte == 9 || byte == 10 || byte == 13
    }

    private static func slowDouble(_ bytes: UnsafeBufferPointer<UInt8>) -> Double? {
        Double(String(decoding: bytes, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines))
            .flatMap { $0.isFinite ? $0 : nil }
    }
}
