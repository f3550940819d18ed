import Foundation

/// Converts Excel date serial numbers to dates, and tells date number formats from others.
enum ExcelDate {
    /// The built-in number format ids that show a date or time.
    static let builtInDateFormats: Set<Int> = Set(14...22).union(45...47)

    /// The day a time of day without a date lies on, in every format: 1899-12-30, the day of serial 0 in
    /// Excel's 1900 system and OpenDocument's null date.
    static let timeOnlyDay = ISODateText.date(year: 1899, month: 12, day: 30)

    /// A SpreadsheetML 2003 date-time moved onto ``timeOnlyDay`` when it is a time of day alone: Excel
    /// writes serial 0 there as 1899-12-31, the "0 January 1900" it shows.
    static func spreadsheetMLDate(_ date: Date) -> Date {
        let written = timeOnlyDay.addingTimeInterval(86_400)
        guard date >= written, date < written.addingTimeInterval(86_400) else { return date }
        return date.addingTimeInterval(-86_400)
    }

    /// The date of `serial` in the 1900 or 1904 date system, or `nil` outside 1900–9999.
    ///
    /// In the 1900 system serial 1 is 1900-01-01 and Excel counts a 1900-02-29 that never was as serial
    /// 60; serials below 60 are therefore shifted by a day, and 60 itself reads as 1900-02-28. Serials
    /// below 1 are times of day, in either system on ``timeOnlyDay`` as every reader gives them.
    static func date(serial: Double, uses1904: Bool) -> Date? {
        guard serial.isFinite, serial >= 0, serial < 2_958_466 else { return nil }
        var epoch = timeOnlyDay.timeIntervalSince1970
        if uses1904, serial >= 1 { epoch = ISODateText.date(year: 1904, month: 1, day: 1).timeIntervalSince1970 }
        var days = serial
        if !uses1904, serial >= 1, serial < 60 { days += 1 }
        let milliseconds = (epoch * 1000 + days * 86_400_000).rounded()
        return Date(timeIntervalSince1970: milliseconds / 1000)
    }

    /// Whether a number format code shows a date or time.
    ///
    /// Only the first section counts, and in it only the date and time codes `d`, `m`, `y`, `h` and `s`
    /// outside quoted text and escapes, or an elapsed-time code in brackets (`[h]`, `[mm]`, `[ss]`).
    /// Other bracketed parts (colours such as `[Red]`, conditions such as `[<100]`, locales such as
    /// `[$-409]`) and the `AM/PM` and `A/P` markers on their own make no date.
    static func isDateFormat(_ code: String) -> Bool {
        let characters = Array(code.lowercased().unicodeScalars)
        var index = 0
        while index < characters.count {
            let character = characters[index]
            index += 1
            switch character {
            case "\\", "_", "*":
                index += 1
            case "\"":
                while index < characters.count, characters[index] != "\"" { index += 1 }
                index += 1
            case "[":
                var bracket = ""
                while index < characters.count, characters[index] != "]" {
                    bracket.unicodeScalars.append(characters[index])
                    index += 1
                }
                index += 1
                if let first = bracket.first, "hms".contains(first), bracket.allSatisfy({ $0 == first }) { return true }
            case ";":
                return false
            case "d", "m", "y", "h", "s":
                return true
            case "a":
                if let marker = ["m/pm", "/p"].first(where: { characters[index...].starts(with: $0.unicodeScalars) }) {
                    index += marker.unicodeScalars.count
                }
            default:
                continue
            }
        }
        return false
    }
}
