import Foundation
import SpreadsheetKit

/// Reads the dates action plans write in words: `Nov-16`, `June 2017`, `01/02/2018`, `2017-05-31`.
///
/// A date naming only a month stands for the last day of that month (an action due in `Nov-16` is not
/// late until December). Day-first numeric dates are read the British way (`01/02/2018` is 1 February).
/// Text with no date in it (`Ongoing`, `Review regularly`) reads as no date.
public enum PlanDateText {
    private static let months = [
        "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec",
    ]

    /// The first date found in `text`, or `nil` when there is none.
    public static func parse(_ text: String) -> Date? {
        if let date = ISODateText.parse(text) { return date }
        let tokens = text.lowercased().split { !($0.isLetter || $0.isNumber || $0 == "/") }.map(String.init)
        for (index, token) in tokens.enumerated() {
            if let date = numericDate(token) { return date }
            guard let month = month(token), index + 1 < tokens.count, let year = year(tokens[index + 1]) else {
                continue
            }
            return ISODateText.date(year: year, month: month, day: ISODateText.daysIn(month: month, year: year))
        }
        return nil
    }

    /// The date of a spreadsheet cell: a date cell as it is, text as `parse(_:)` reads it.
    public static func date(of value: CellValue?) -> Date? {
        switch value {
        case .date(let date): date
        case .string(let text): parse(text)
        default: nil
        }
    }

    private static func month(_ token: String) -> Int? {
        guard token.count >= 3, let index = months.firstIndex(of: String(token.prefix(3))) else { return nil }
        let names = [
            "january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
            "november", "december",
        ]
        let name = names[index]
        return name.hasPrefix(token) ? index + 1 : nil
    }

    private static func year(_ token: String) -> Int? {
        guard token.allSatisfy(\.isNumber), let number = Int(token) else { return nil }
        switch token.count {
        case 2: return 2000 + number
        case 4: return number
        default: return nil
        }
    }

    private static func numericDate(_ token: String) -> Date? {
        let parts = token.split(separator: "/", omittingEmptySubsequences: false)
        guard parts.count == 3, let day = Int(parts[0]), let month = Int(parts[1]), let year = year(String(parts[2])),
            (1...12).contains(month), (1...ISODateText.daysIn(month: month, year: year)).contains(day)
        else { return nil }
        return ISODateText.date(year: year, month: month, day: day)
    }
}
