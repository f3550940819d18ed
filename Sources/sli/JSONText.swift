import Foundation
import SLIKit

/// JSON text as sli prints it: literals for `sli inspect --format jsonl` and whole `--format json` documents.
enum JSONText {
    /// `value` as a pretty-printed JSON document with sorted keys and unescaped slashes.
    static func document(_ value: some Encodable) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return String(decoding: try encoder.encode(value), as: UTF8.self)
    }

    /// A JSON string literal, escaping quotes, backslashes and control characters.
    static func string(_ text: String) -> String {
        var result = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": result += "\\\""
            case "\\": result += "\\\\"
            case "\n": result += "\\n"
            case "\r": result += "\\r"
            case "\t": result += "\\t"
            case "\u{00}"..."\u{1F}":
                let hex = String(scalar.value, radix: 16)
                result += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
            default: result.unicodeScalars.append(scalar)
            }
        }
        return result + "\""
    }

    /// The JSON value of a cell: numbers without a trailing `.0` (`null` if not finite), `true`/`false`,
    /// and strings for text, ISO 8601 dates and error codes.
    static func value(_ value: CellValue) -> String {
        switch value {
        case .number(let number): number.isFinite ? NumberText.format(number) : "null"
        case .boolean(let flag): flag ? "true" : "false"
        case .string, .date, .error: string(value.text)
        }
    }
}
