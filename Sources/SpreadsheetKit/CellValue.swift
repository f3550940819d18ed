import Foundation

/// The typed value of one spreadsheet cell, as a reader found it.
///
/// Formula cells carry their cached result; rich text is flattened to plain text with paragraphs and
/// line breaks as `"\n"`. A cell with no value is not represented at all.
public enum CellValue: Sendable, Hashable {
    /// Text.
    case string(String)
    /// A number (integers are stored as `Double`, as every spreadsheet program does).
    case number(Double)
    /// `TRUE` or `FALSE`.
    case boolean(Bool)
    /// A date or date-time, as an instant in UTC (spreadsheets have no time zones).
    case date(Date)
    /// An error value such as `#N/A` or `#DIV/0!`.
    case error(String)
}

extension CellValue {
    /// The name of the value's type as cell listings print it.
    public var typeName: String {
        switch self {
        case .string: "string"
        case .number: "number"
        case .boolean: "boolean"
        case .date: "date"
        case .error: "error"
        }
    }

    /// The value as text a person would read in the cell (numbers without a trailing `.0`,
    /// dates in ISO 8601).
    public var text: String {
        switch self {
        case .string(let string): string
        case .number(let number): NumberText.format(number)
        case .boolean(let flag): flag ? "TRUE" : "FALSE"
        case .date(let date): ISODateText.format(date)
        case .error(let code): code
        }
    }

    /// The string content, or `nil` for other types.
    public var stringValue: String? {
        if case .string(let string) = self { return string }
        return nil
    }

    /// The numeric content, or `nil` for other types.
    public var numberValue: Double? {
        if case .number(let number) = self { return number }
        return nil
    }

    /// The date content, or `nil` for other types.
    public var dateValue: Date? {
        if case .date(let date) = self { return date }
        return nil
    }
}
