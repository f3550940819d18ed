import Foundation

/// JSON documents as sli writes them: pretty-printed, keys sorted, slashes unescaped, so that the same
/// data always give the same text.
public enum JSONDocument {
    /// `value` as a JSON document.
    public static func text(_ value: some Encodable) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return String(decoding: try encoder.encode(value), as: UTF8.self)
    }
}
