/// Escaping of text for HTML, XHTML and SVG output.
///
/// Everything the report writes into markup goes through ``escape(_:)``, so a locality's evidence text
/// cannot break a page or inject markup; the portal escapes its pages with it too.
public enum Markup {
    /// `text` with `&`, `<`, `>`, `"` and `'` replaced by character references and control characters
    /// that XML forbids dropped (tab, line feed and carriage return stay).
    public static func escape(_ text: String) -> String {
        if text.utf8.allSatisfy(isPlain) { return text }
        var result = ""
        result.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": result += "&amp;"
            case "<": result += "&lt;"
            case ">": result += "&gt;"
            case "\"": result += "&quot;"
            case "'": result += "&#39;"
            case "\t", "\n", "\r": result.unicodeScalars.append(scalar)
            default:
                let value = scalar.value
                if value < 0x20 || (0x7F...0x9F).contains(value) || value == 0xFFFE || value == 0xFFFF {
                    continue
                }
                result.unicodeScalars.append(scalar)
            }
        }
        return result
    }

    /// Whether `byte` is printable ASCII that markup takes as it is: most text is only such bytes, and is
    /// returned without being rebuilt.
    private static func isPlain(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "&"), UInt8(ascii: "<"), UInt8(ascii: ">"), UInt8(ascii: "\""), UInt8(ascii: "'"): false
        default: (0x20...0x7E).contains(byte)
        }
    }
}
