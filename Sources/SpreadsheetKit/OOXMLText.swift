/// Undoes Office Open XML's `_xHHHH_` escapes in strings (`_x000D_` for a carriage return).
enum OOXMLText {
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
