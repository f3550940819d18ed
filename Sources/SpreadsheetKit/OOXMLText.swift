/// Undoes Office Open XML's `_xHHHH_` escapes in strings (`_x000D_` for a carriage return), and tells
/// which text elements keep their white space.
enum OOXMLText {
    /// Whether a `t` element keeps its leading and trailing white space (`xml:space="preserve"`).
    static func preservesSpace(_ attributes: XMLAttributes) -> Bool {
        guard let value = attributes.bytes(.space, in: .xml) else { return false }
        return "preserve".utf8.elementsEqual(value)
    }

    /// Whether UTF-8 `bytes` may hold an `_xHHHH_` escape (they hold `_x` and are long enough for one).
    static func mayHaveEscapes(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard bytes.count >= 7 else { return false }
        for index in 0..<(bytes.count - 1)
        where bytes[index] == UInt8(ascii: "_") && bytes[index + 1] == UInt8(ascii: "x") {
            return true
        }
        return false
    }

    /// `text` with every `_xHHHH_` replaced by its character; `_x005F_` escapes a literal underscore.
    static func unescape(_ text: String) -> String {
        guard text.utf8.count >= 7, text.contains("_x") else { return text }
        var result = ""
        var scalars = Array(text.unicodeScalars)[...]
        while let first = scalars.first {
            if first == "_", scalars.count >= 7, scalars[scalars.startIndex + 1] == "x",
                scalars[scalars.startIndex + 6] == "_",
                let code = UInt32(String(String.UnicodeScalarView(scalars.dropFirst(2).prefix(4))), radix: 16),
                let scalar = Unicode.Scalar(code)
            {
                result.unicodeScalars.append(scalar)
                scalars = scalars.dropFirst(7)
            } else {
                result.unicodeScalars.append(first)
                scalars = scalars.dropFirst()
            }
        }
        return result
    }
}
