import ArgumentParser
import Foundation
import SLIKit
import SpreadsheetKit

/// Reads the `YYYY-MM-DD` dates that options such as `--deadline` and `--as-of` take.
enum DateOption {
    /// The day `text` names.
    ///
    /// - Throws: `ValidationError` naming `option` and what was found when `text` is not a `YYYY-MM-DD` date.
    static func parse(_ text: String, option: String) throws -> Date {
        guard let date = ISODateText.parse(text) else {
            throw ValidationError("\(option) \"\(text)\" is not a date (expected YYYY-MM-DD)")
        }
        return date
    }

    /// The day `text` names, or today (UTC) when it is `nil`.
    static func day(_ text: String?, option: String) throws -> Date {
        guard let text else {
            return Date(timeIntervalSince1970: (Date().timeIntervalSince1970 / 86_400).rounded(.down) * 86_400)
        }
        return try parse(text, option: option)
    }
}
