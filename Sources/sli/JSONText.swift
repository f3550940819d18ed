import Foundation
import ReportKit
import SLIKit
import SpreadsheetKit

/// JSON literals as `sli inspect --format jsonl` prints them.
enum JSONText {
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
