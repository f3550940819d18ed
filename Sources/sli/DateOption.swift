import ArgumentParser
import Foundation
import SLIKit
import SpreadsheetKit

/// Reads the dates that options such as `--deadline`, `--received` and `--as-of` take: `YYYY-MM-DD`, or
/// day/month/year as the workbooks take it (`31/03/2016`, `31-03-2016`, `31.03.2016`).
enum DateOption {
    /// The day `text` names.
    ///
    /// - Throws: `ValidationError` naming `option` and what was found when `text` is not such a date.
    static func parse(_ text: String, option: String) throws -> Date {
        if let date = ISODateText.parse(text) { return date }
        let parts = text.split(omittingEmptySubsequences: false) { "/-.".contains($0) }
        let fields = parts.compactMap { Int($0) }
        guard parts.count == 3, fields.count == 3, parts[0].count <= 2, parts[1].count <= 2, parts[2].count == 4,
            let date = ISODateText.parse(String(format: "%04d-%02d-%02d", fields[2], fields[1], fields[0]))
        else {
            throw ValidationError(
                "\(option) \"\(text)\" is not a date (expected YYYY-MM-DD or day/month/year, for example 2016-03-31 "
                    + "or 31/03/2016)")
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
