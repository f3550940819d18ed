/// Comma-separated text (RFC 4180) for the CSV files sli writes.
public enum DelimitedText {
    /// One CSV line (ending in CRLF) of `fields`, each quoted when it holds a comma, quote or line break.
    public static func line(_ fields: [String]) -> String {
        fields.map(field).joined(separator: ",") + "\r\n"
    }

    /// One CSV field, quoted when needed.
    ///
    /// Text that a spreadsheet opening the file would run as a formula (it begins with `=`, `+`, `-`, `@`,
    /// a tab or a carriage return and is not a number, such as `=cmd|' /C calc'!A0`) gets a leading
    /// apostrophe, as OWASP advises, so that it shows as the text it is.
    public static func field(_ text: String) -> String {
        var text = text
        if let first = text.unicodeScalars.first, "=+-@\t\r".unicodeScalars.contains(first), Double(text) == nil {
            text = "'" + text
        }
        // Byte by byte: "\r\n" is one Character, equal to neither "\r" nor "\n".
        let needsQuotes = text.utf8.contains {
            $0 == UInt8(ascii: ",") || $0 == UInt8(ascii: "\"") || $0 == UInt8(ascii: "\n") || $0 == UInt8(ascii: "\r")
        }
        guard needsQuotes else { return text }
        // Quotes doubled byte by byte: Foundation's search and replace costs more than the rest of a cell.
        var quoted: [UInt8] = [UInt8(ascii: "\"")]
        quoted.reserveCapacity(text.utf8.count + 8)
        for byte in text.utf8 {
            quoted.append(byte)
            if byte == UInt8(ascii: "\"") { quoted.append(byte) }
        }
        quoted.append(UInt8(ascii: "\""))
        return String(decoding: quoted, as: UTF8.self)
    }
}
