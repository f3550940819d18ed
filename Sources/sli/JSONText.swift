import Foundation
import ReportKit
import SLIKit
import SpreadsheetKit

/// JSON text as sli prints it: literals for `sli inspect --format jsonl` and whole `--format json` documents.
enum JSONText {
    /// `value` as a pretty-printed JSON document with sorted keys and unescaped slashes.
    static func document(_ value: some Encodable) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return String(decoding: try encoder.encode(value), as: UTF8.self)
    }

    /// The JSON value of a cell: numbers without a trailing `.0` (`null` if not finite), `true`/`false`,
    /// and strings for text, ISO 8601 dates and error codes.
    static func value(_ value: CellValue) -> String {
        switch value {
        case .number(let number): number.isFinite ? NumberText.format(number) : "null"
        case .boolean(let flag): flag ? "true" : "false"
        case .string, .date, .error: JSONLiteral.string(value.text)
        }
    }
}
