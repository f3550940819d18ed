/// Quotes one CSV field as RFC 4180 asks.
enum CSVField {
    /// `text` as is, or in double quotes (inner quotes doubled) when it holds a comma, quote or line break.
    static func quote(_ text: String) -> String {
        guard text.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) else { return text }
        return "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}
