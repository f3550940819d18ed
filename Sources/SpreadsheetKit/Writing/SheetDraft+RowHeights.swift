extension SheetDraft {
    /// The width a column takes when the sheet does not set one, in characters.
    static let defaultColumnWidth = 8.43
    /// The height of one line of the default 11-point font, in points.
    static let lineHeight = 15.0

    /// Sets each row's height to hold the wrapped text in it, so no line overprints the row below,
    /// keeping any height already set when it is larger.
    ///
    /// A spreadsheet program sizes rows to their wrapped text only when it recalculates them, and a
    /// freshly opened or printed file often keeps the default one-line height; the estimate counts the
    /// lines each wrapped cell needs at its column's width (a character of text is about as wide as a
    /// character of the width unit) and gives the row the most any cell needs.
    public mutating func fitRowHeights() {
        for (row, cells) in rows {
            let lines =
                cells.map { column, cell in
                    guard cell.style.wrapsText, let text = cell.value?.text else { return 1 }
                    let width = max(Int(columnWidths[column] ?? Self.defaultColumnWidth) - 1, 1)
                    return text.split(separator: "\n", omittingEmptySubsequences: false).reduce(0) { total, line in
                        total + max(Self.wrappedLineCount(String(line), width: width), 1)
                    }
                }.max() ?? 1
            guard lines > 1 else { continue }
            let height = Double(lines) * Self.lineHeight + 3
            rowHeights[row] = max(rowHeights[row] ?? 0, height)
        }
    }

    /// How many lines `text` takes when wrapped at spaces to `width` characters (a longer word is
    /// broken across lines).
    static func wrappedLineCount(_ text: String, width: Int) -> Int {
        var lines = 1
        var current = 0
        for word in text.split(separator: " ") {
            var length = word.count
            if current > 0 {
                if current + 1 + length <= width {
                    current += 1 + length
                    continue
                }
                lines += 1
            }
            while length > width {
                lines += 1
                length -= width
            }
            current = length
        }
        return lines
    }
}
