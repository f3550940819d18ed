/// One cell of a `SheetDraft`: an optional value and its style.
public struct DraftCell: Sendable, Hashable {
    /// The value (string, number, date or boolean), or `nil` for a cell that only carries a style.
    public var value: CellValue?
    /// How the cell looks and whether it is locked.
    public var style: CellStyle

    /// A cell with the given value and style.
    public init(_ value: CellValue? = nil, style: CellStyle = CellStyle()) {
        self.value = value
        self.style = style
    }
}

extension DraftCell {
    /// The style the writers apply: a date value always gets a date format, so it never shows as a number.
    var effectiveStyle: CellStyle {
        guard case .date = value, style.numberFormat != .date else { return style }
        var style = style
        style.numberFormat = .date
        return style
    }
}
