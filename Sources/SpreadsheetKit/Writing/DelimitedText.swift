/// Comma-separated text (RFC 4180) for the CSV files sli writes.
public enum DelimitedText {
    /// One CSV line (ending in CRLF) of `fields`, each quoted when it holds a comma, quote or line break.
    public static func line(_ fields: [String]) -> String {
        fields.map(field).joined(separator: ",") + "\r\n"
    }

    /// One CSV field, quoted when needed.
    public static func field(_ text: String) -> String {
        guard text.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) else { return text }
        return "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}
