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

    /// A cell reference such as `B3` (limits unchecked), or `nil`.
    static func reference(_ bytes: UnsafeBufferPointer<UInt8>) -> CellReference? {
        CellReference.unbounded(utf8: bytes)
    }

    private static func isSpace(_ byte: UInt8) -> Bool {
        byte == UInt8(ascii: " ") || byte == 9 || byte == 10 || byte == 13
    }

    private static func slowDouble(_ bytes: UnsafeBufferPointer<UInt8>) -> Double? {
        Double(String(decoding: bytes, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines))
            .flatMap { $0.isFinite ? $0 : nil }
    }
}
