import Foundation

/// Converts Excel date serial numbers to dates, and tells date number formats from others.
enum ExcelDate {
    /// The built-in number format ids that show a date or time.
    static let builtInDateFormats: Set<Int> = Set(14...22).union(45...47)

    /// The date of `serial` in the 1900 or 1904 date system, or `nil` outside 1900–9999.
    ///
    /// In the 1900 system serial 1 is 1900-01-01 and Excel counts a 1900-02-29 that never was as serial
    /// 60; serials below 60 are therefore shifted by a day, and 60 itself reads as 1900-02-28. Serials
    /// below 1 are times of day on 1899-12-30.
    static func date(serial: Double, uses1904: Bool) -> Date? {
        guard serial.isFinite, serial >= 0, serial < 2_958_466 else { return nil }
        let epoch: Double
        if uses1904 {
            epoch = Double(ISODateText.daysSinceEpoch(year: 1904, month: 1, day: 1))
        } else {
            epoch = Double(ISODateText.daysSinceEpoch(year: 1899, month: 12, day: 30))
        }
        var days = serial
        if !uses1904, serial >= 1, serial < 60 { days += 1 }
        let milliseconds = ((epoch + days) * 86_400_000).rounded()
        return Date(timeIntervalSince1970: milliseconds / 1000)
    }

    /// Whether a number format code shows a date or time: it has `d`, `m`, `y`, `h` or `s` outside
    /// quoted text, escapes and bracketed colours or conditions (`[h]` and friends count).
    static func isDateFormat(_ code: String) -> Bool {
        var inQuotes = false
        var inBracket = false
        var bracket = ""
        var escaped = false
        for character in code.lowercased() {
            if escaped {
                escaped = false
                continue
            }
            if inQuotes {
                if character == "\"" { inQuotes = false }
                continue
            }
            if inBracket {
                if character == "]" {
                    inBracket = false
                    if ["h", "hh", "m", "mm", "s", "ss"].contains(bracket) { return true }
                } else {
                    bracket.append(character)
                }
                continue
            }
            switch character {
            case "\"": inQuotes = true
            case "\\", "_", "*": escaped = true
            case "[":
                inBracket = true
                bracket = ""
            case "d", "m", "y", "h", "s": return true
            case ";": return false
            default: continue
            }
        }
        return false
    }
}
