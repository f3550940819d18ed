import Foundation
import SpreadsheetKit

/// Reads what people type into workbook cells: ratings, dates, whole numbers and yes or no, forgiving
/// of the forms spreadsheet programs and people produce.
enum AnswerText {
    /// The text of a cell with surrounding white space removed, or `nil` when it is empty.
    static func text(_ value: CellValue?) -> String? {
        guard let value else { return nil }
        let text = value.text.trimmingCharacters(in: .whitespacesAndNewlines)
        return text.isEmpty ? nil : text
    }

    /// The text a free-text cell showed, for a cell a spreadsheet program turned into a number, date or
    /// time as it was typed: `12:30` for a time of day, `01/02/2016` for a day, `1500` for a number.
    static func shownText(_ value: CellValue?) -> String? {
        guard case .date(let date) = value else { return text(value) }
        let parts = ISODateText.format(date).split(separator: "T").map(String.init)
        let fields = parts[0].split(separator: "-")
        let day = fields.count == 3 ? "\(fields[2])/\(fields[1])/\(fields[0])" : parts[0]
        guard parts.count == 2 else { return day }
        var time = String(parts[1].prefix(8))
        if time.hasSuffix(":00") { time = String(time.prefix(5)) }
        // A time of day alone sits on the spreadsheet's null date, 1899-12-30 (or 1899-12-31 in Excel's 1900 system).
        return parts[0] == "1899-12-30" || parts[0] == "1899-12-31" ? time : day + " " + time
    }

    /// Text reduced to lower-case letters and digits, for comparing titles and names loosely.
    static func key(_ text: String) -> String {
        String(text.lowercased().unicodeScalars.filter { CharacterSet.alphanumerics.contains($0) }.map(Character.init))
    }

    /// The rating in `value`: a number on the scale (`3`, `3.0`, `"3"`), a drop-down choice
    /// (`"3 - in place"`), a level's label (`"in place"`) or not applicable (`N/A`, `n/a`, `not applicable`).
    static func rating(_ value: CellValue, on scale: RatingScale) -> Rating? {
        switch value {
        case .number(let number):
            return level(number, on: scale)
        case .string(let raw):
            let text = raw.trimmingCharacters(in: .whitespacesAndNewlines)
            let loose = key(text)
            if loose == key(scale.notApplicable) || loose == "na" || loose == "notapplicable" {
                return .notApplicable
            }
            if let number = Double(text) { return level(number, on: scale) }
            let digits = text.prefix { $0.isASCII && $0.isNumber }
            if !digits.isEmpty, let number = Int(digits) {
                let rest = text.dropFirst(digits.count)
                guard rest.isEmpty || rest.first.map({ " -–:.)".contains($0) }) == true else { return nil }
                return scale.level(number).map { .level($0.value) }
            }
            return scale.levels.first { key($0.label) == loose }.map { .level($0.value) }
        case .boolean, .date, .error:
            return nil
        }
    }

    private static func level(_ number: Double, on scale: RatingScale) -> Rating? {
        guard number == number.rounded(), abs(number) < 1_000_000 else { return nil }
        return scale.level(Int(number)).map { .level($0.value) }
    }

    /// The date in `value`: a date cell, an Excel serial number for a day in 2000-2099, or text
    /// such as `2017-03-31`, `31/03/2017`, `31-03-2017`, `31.03.17`.
    static func date(_ value: CellValue) -> Date? {
        switch value {
        case .date(let date):
            return date
        case .number(let serial):
            guard (36_526...73_050).contains(serial) else { return nil }
            return Date(timeIntervalSince1970: (serial - 25_569) * 86_400)
        case .string(let raw):
            let text = raw.trimmingCharacters(in: .whitespacesAndNewlines)
            if let date = ISODateText.parse(text) { return date }
            let fields = text.split(whereSeparator: { "/-.".contains($0) }).map(String.init)
            guard fields.count == 3, let day = Int(fields[0]), let month = Int(fields[1]), var year = Int(fields[2]),
                fields[2].count == 2 || fields[2].count == 4
            else { return nil }
            if fields[2].count == 2 { year += 2000 }
            guard (1...12).contains(month), (1...ISODateText.daysIn(month: month, year: year)).contains(day) else {
                return nil
            }
            return ISODateText.date(year: year, month: month, day: day)
        case .boolean, .error:
            return nil
        }
    }

    /// A whole number of at least one in `value` (`3`, `3.0`, `"3"`).
    static func positiveWholeNumber(_ value: CellValue) -> Int? {
        let number: Double?
        switch value {
        case .number(let value): number = value
        case .string(let text): number = Double(text.trimmingCharacters(in: .whitespacesAndNewlines))
        case .boolean, .date, .error: number = nil
        }
        guard let number, number == number.rounded(), number >= 1, number < 1_000_000 else { return nil }
        return Int(number)
    }

    /// `true` for yes, `false` for no (`Yes`, `y`, `no`, `N`, TRUE/FALSE), `nil` otherwise.
    static func yesNo(_ value: CellValue) -> Bool? {
        if case .boolean(let flag) = value { return flag }
        switch key(value.text) {
        case "yes", "y", "true": return true
        case "no", "n", "false": return false
        default: return nil
        }
    }

    /// `L1`, `L1 and L2`, `L1, L2 and L3`.
    static func list(_ names: [String]) -> String {
        guard let last = names.last else { return "" }
        return names.count == 1 ? last : names.dropLast().joined(separator: ", ") + " and " + last
    }
}
