/// One cell of a report table: text or a number printed with a fixed number of decimals.
///
/// A number prints the same on the page, in CSV, in JSON (as a number) and in Markdown, so the figures
/// agree whichever form a reader takes.
enum ReportCell: Sendable, Hashable {
    /// Text.
    case text(String)
    /// A number with the decimals it prints with.
    case number(Double, decimals: Int)
    /// A change, printed with a sign (`+0.25`); a plain number in JSON.
    case change(Double, decimals: Int)
    /// A p-value, printed to three significant figures or `<0.001`; the unrounded number in JSON.
    case pValue(Double)
    /// No value (printed `n/a`, JSON `null`).
    case empty

    /// A whole number.
    static func integer(_ value: Int) -> ReportCell { .number(Double(value), decimals: 0) }

    /// A number, or empty when there is none.
    static func optional(_ value: Double?, decimals: Int) -> ReportCell {
        value.map { .number($0, decimals: decimals) } ?? .empty
    }

    /// A p-value, or empty when there is none.
    static func pValue(_ value: Double?) -> ReportCell { value.map { .pValue($0) } ?? .empty }

    /// The text a page, CSV file or Markdown table shows.
    var display: String {
        switch self {
        case .text(let text): text
        case .number(let value, let decimals): ReportNumber.text(value, decimals: decimals)
        case .change(let value, let decimals): ReportNumber.signed(value, decimals: decimals)
        case .pValue(let value): ReportNumber.pValue(value)
        case .empty: "n/a"
        }
    }

    /// Whether the cell holds a number (right-aligned on the page).
    var isNumber: Bool {
        switch self {
        case .number, .change, .pValue: true
        case .text, .empty: false
        }
    }
}
