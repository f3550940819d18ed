/// How a drafted cell looks and whether a protected sheet lets people edit it.
public struct CellStyle: Sendable, Hashable {
    /// How a number in the cell is shown.
    public enum NumberFormat: String, Sendable, Hashable {
        /// As the spreadsheet program sees fit.
        case general
        /// As a calendar date, `dd/mm/yyyy`.
        case date
        /// As text, whatever is typed: `95%`, `£1,500`, `01204333444` and `1/2` stay as they were typed.
        case text
    }

    /// Bold text (for headings).
    public var isBold: Bool
    /// Long text wraps onto several lines within the column width.
    public var wrapsText: Bool
    /// Whether the cell is locked when its sheet is protected (spreadsheets lock cells by default).
    public var isLocked: Bool
    /// The background colour as six hexadecimal digits (`DDEBF7`), or `nil` for none.
    public var fill: String?
    /// How numbers and dates are shown.
    public var numberFormat: NumberFormat

    /// A style with the given attributes; the default is a plain, locked cell.
    public init(
        isBold: Bool = false, wrapsText: Bool = false, isLocked: Bool = true, fill: String? = nil,
        numberFormat: NumberFormat = .general
    ) {
        self.isBold = isBold
        self.wrapsText = wrapsText
        self.isLocked = isLocked
        self.fill = fill
        self.numberFormat = numberFormat
    }
}
