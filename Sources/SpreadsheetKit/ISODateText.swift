import Foundation

/// Formats and parses the ISO 8601 forms `sli` uses for spreadsheet dates.
///
/// A date with no time of day prints as `YYYY-MM-DD`; otherwise `YYYY-MM-DDTHH:MM:SS`, with `.fff`
/// only when the milliseconds are not zero. All in UTC.
public enum ISODateText {
    /// The ISO 8601 text of `date` in UTC.
    ///
    /// Instants more than 100 million days from 1970 (which no reader produces) print as that bound, and
    /// an instant that is not a number prints as 1970-01-01, rather than stopping the program.
    public static func format(_ date: Date) -> String {
        let bound = 8.64e15
        let totalMilliseconds = (date.timeIntervalSince1970 * 1000).rounded()
        let milliseconds = Int64(totalMilliseconds.isNaN ? 0 : min(max(totalMilliseconds, -bound), bound))
        let millisecondsPerDay: Int64 = 86_400_000
        var days = milliseconds / millisecondsPerDay
        var rest = milliseconds % millisecondsPerDay
        if rest < 0 {
            rest += millisecondsPerDay
            days -= 1
        }
        let (year, month, day) = civilDate(daysSinceEpoch: days)
        let dateText = pad(year, 4) + "-" + pad(month, 2) + "-" + pad(day, 2)
        if rest == 0 { return dateText }
        let hour = rest / 3_600_000
        let minute = rest / 60_000 % 60
        let second = rest / 1000 % 60
        let millis = rest % 1000
        var text = dateText + "T" + pad(hour, 2) + ":" + pad(minute, 2) + ":" + pad(second, 2)
        if millis != 0 { text += "." + pad(millis, 3) }
        return text
    }

    /// The instant at UTC midnight of a calendar day.
    public static func date(year: Int, month: Int, day: Int) -> Date {
        Date(timeIntervalSince1970: TimeInterval(daysSinceEpoch(year: year, month: month, day: day)) * 86_400)
    }

    /// Parses `YYYY-MM-DD` or `YYYY-MM-DDTHH:MM:SS[.fff]` (an optional trailing `Z` is accepted).
    public static func parse(_ text: String) -> Date? {
        var text = Substring(text.trimmingCharacters(in: .whitespaces))
        if text.hasSuffix("Z") { text = text.dropLast() }
        let parts = text.split(separator: "T", maxSplits: 1, omittingEmptySubsequences: false)
        let dateFields = parts[0].split(separator: "-", omittingEmptySubsequences: false)
        guard dateFields.count == 3, dateFields[0].count == 4,
            let year = Int(dateFields[0]), let month = Int(dateFields[1]), let day = Int(dateFields[2]),
            (1...12).contains(month), (1...daysIn(month: month, year: year)).contains(day)
        else { return nil }
        var seconds = Double(daysSinceEpoch(year: year, month: month, day: day)) * 86_400
        if parts.count == 2 {
            let timeFields = parts[1].split(separator: ":", omittingEmptySubsequences: false)
            guard timeFields.count == 3, let hour = Int(timeFields[0]), let minute = Int(timeFields[1]),
                let second = Double(timeFields[2]), (0..<24).contains(hour), (0..<60).contains(minute),
                second >= 0, second < 61
            else { return nil }
            seconds += Double(hour * 3600 + minute * 60) + second
        }
        return Date(timeIntervalSince1970: seconds)
    }

    /// Parses UTF-8 bytes as `parse(_:)` does, reading the forms spreadsheets write
    /// (`YYYY-MM-DD`, `YYYY-MM-DDTHH:MM:SS[.fff]`) straight from the bytes.
    static func parse(utf8 bytes: UnsafeBufferPointer<UInt8>) -> Date? {
        if let date = parseWritten(bytes) { return date }
        return parse(String(decoding: bytes, as: UTF8.self))
    }

    /// The written forms without spaces, or `nil` for anything else (which `parse(_:)` then reads).
    private static func parseWritten(_ bytes: UnsafeBufferPointer<UInt8>) -> Date? {
        func number(_ start: Int, _ count: Int) -> Int? {
            var value = 0
            for index in start..<start + count {
                let digit = bytes[index] &- UInt8(ascii: "0")
                guard digit < 10 else { return nil }
                value = value * 10 + Int(digit)
            }
            return value
        }
        func byte(_ index: Int, is character: Unicode.Scalar) -> Bool { bytes[index] == UInt8(ascii: character) }
        var end = bytes.count
        guard end >= 10 else { return nil }
        if byte(end - 1, is: "Z") { end -= 1 }
        guard end >= 10, let year = number(0, 4), byte(4, is: "-"), let month = number(5, 2), byte(7, is: "-"),
            let day = number(8, 2), (1...12).contains(month), (1...daysIn(month: month, year: year)).contains(day)
        else { return nil }
        var seconds = Double(daysSinceEpoch(year: year, month: month, day: day)) * 86_400
        if end == 10 { return Date(timeIntervalSince1970: seconds) }
        guard end >= 19, byte(10, is: "T"), let hour = number(11, 2), byte(13, is: ":"), let minute = number(14, 2),
            byte(16, is: ":"), number(17, 2) != nil, hour < 24, minute < 60
        else { return nil }
        if end > 19 {
            guard byte(19, is: "."), end > 20, number(20, end - 20) != nil else { return nil }
        }
        guard let second = ByteText.double(UnsafeBufferPointer(rebasing: bytes[17..<end])), second < 61 else {
            return nil
        }
        seconds += Double(hour * 3600 + minute * 60) + second
        return Date(timeIntervalSince1970: seconds)
    }

    /// Days from 1970-01-01 to the given proleptic Gregorian date.
    static func daysSinceEpoch(year: Int, month: Int, day: Int) -> Int {
        let shiftedYear = month <= 2 ? year - 1 : year
        let era = (shiftedYear >= 0 ? shiftedYear : shiftedYear - 399) / 400
        let yearOfEra = shiftedYear - era * 400
        let dayOfYear = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1
        let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
        return era * 146_097 + dayOfEra - 719_468
    }

    /// The proleptic Gregorian date `days` after 1970-01-01.
    static func civilDate(daysSinceEpoch days: Int64) -> (year: Int64, month: Int64, day: Int64) {
        let shifted = days + 719_468
        let era = (shifted >= 0 ? shifted : shifted - 146_096) / 146_097
        let dayOfEra = shifted - era * 146_097
        let yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36_524 - dayOfEra / 146_096) / 365
        let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
        let monthIndex = (5 * dayOfYear + 2) / 153
        let day = dayOfYear - (153 * monthIndex + 2) / 5 + 1
        let month = monthIndex < 10 ? monthIndex + 3 : monthIndex - 9
        return (yearOfEra + era * 400 + (month <= 2 ? 1 : 0), month, day)
    }

    /// The number of days in `month` (1-12) of `year`, leap years counted.
    public static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: 30
        default: 31
        }
    }

    private static func pad(_ value: some BinaryInteger, _ width: Int) -> String {
        let digits = String(value)
        return digits.count >= width ? digits : String(repeating: "0", count: width - digits.count) + digits
    }
}
