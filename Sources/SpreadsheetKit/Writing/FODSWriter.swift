import Foundation

/// Writes a `WorkbookDraft` as a flat OpenDocument spreadsheet (`.fods`, one XML file).
struct FODSWriter {
    let draft: WorkbookDraft
    private let styles: [CellStyle]
    private let styleNames: [CellStyle: String]
    /// Each validation's name (`val1`...), by sheet index and position in the sheet's list.
    private let validationNames: [[String]]
    /// The row heights in use, lowest first; a row of the `n`th height has the style `ro<n+1>`.
    private let rowHeightsInUse: [Double]

    init(draft: WorkbookDraft) {
        self.draft = draft
        styles = SpreadsheetWriter.styles(of: draft)
        var names: [CellStyle: String] = [:]
        for (index, style) in styles.enumerated() { names[style] = "ce\(index)" }
        styleNames = names
        rowHeightsInUse = Array(Set(draft.sheets.flatMap(\.rowHeights.values))).sorted()
        var counter = 0
        validationNames = draft.sheets.map { sheet in
            sheet.validations.map { _ in
                counter += 1
                return "val\(counter)"
            }
        }
    }

    /// The whole file.
    func document() -> String {
        var xml = """
            <?xml version="1.0" encoding="UTF-8"?>
            <office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" \
            xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" \
            xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" \
            xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" \
            xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" \
            xmlns:number="urn:oasis:names:tc:opendocument:xmlns:datastyle:1.0" \
            xmlns:config="urn:oasis:names:tc:opendocument:xmlns:config:1.0" \
            xmlns:of="urn:oasis:names:tc:opendocument:xmlns:of:1.2" \
            office:version="1.3" office:mimetype="application/vnd.oasis.opendocument.spreadsheet">

            """
        xml += settings()
        xml += automaticStyles()
        xml += masterStyles()
        xml += " <office:body>\n  <office:spreadsheet>\n"
        xml += contentValidations()
        for (index, sheet) in draft.sheets.enumerated() { xml += table(sheet, index: index) }
        if !draft.definedNames.isEmpty {
            xml += "   <table:named-expressions>\n"
            for name in draft.definedNames {
                xml += "    <table:named-range table:name=\"\(XMLText.attribute(name.name))\" "
                xml +=
                    "table:base-cell-address=\"\(XMLText.attribute(address(name.sheet, CellRange(name.range.start, name.range.start))))\" "
                xml += "table:cell-range-address=\"\(XMLText.attribute(address(name.sheet, name.range)))\"/>\n"
            }
            xml += "   </table:named-expressions>\n"
        }
        return xml + "  </office:spreadsheet>\n </office:body>\n</office:document>\n"
    }

    /// The view settings: which sheet opens and how many rows each sheet keeps frozen.
    private func settings() -> String {
        let active = draft.sheets.first { !$0.isHidden }?.name ?? ""
        var xml = " <office:settings>\n  <config:config-item-set config:name=\"ooo:view-settings\">\n"
        xml += "   <config:config-item-map-indexed config:name=\"Views\">\n    <config:config-item-map-entry>\n"
        xml += "     <config:config-item config:name=\"ViewId\" config:type=\"string\">view1</config:config-item>\n"
        xml += "     <config:config-item-map-named config:name=\"Tables\">\n"
        for sheet in draft.sheets where sheet.frozenRows > 0 {
            xml += "      <config:config-item-map-entry config:name=\"\(XMLText.attribute(sheet.name))\">\n"
            for (name, type, value) in [
                ("HorizontalSplitMode", "short", 0), ("VerticalSplitMode", "short", 2),
                ("VerticalSplitPosition", "int", sheet.frozenRows), ("ActiveSplitRange", "short", 2),
                ("PositionTop", "int", 0), ("PositionBottom", "int", sheet.frozenRows),
            ] {
                xml += "       <config:config-item config:name=\"\(name)\" config:type=\"\(type)\">\(value)"
                xml += "</config:config-item>\n"
            }
            xml += "      </config:config-item-map-entry>\n"
        }
        xml += "     </config:config-item-map-named>\n"
        xml += "     <config:config-item config:name=\"ActiveTable\" config:type=\"string\">"
        xml += XMLText.content(active) + "</config:config-item>\n"
        return xml + "    </config:config-item-map-entry>\n   </config:config-item-map-indexed>\n"
            + "  </config:config-item-set>\n </office:settings>\n"
    }

    private func automaticStyles() -> String {
        var xml = " <office:automatic-styles>\n"
        xml += "  <number:date-style style:name=\"N1\"><number:day number:style=\"long\"/><number:text>/</number:text>"
        xml += "<number:month number:style=\"long\"/><number:text>/</number:text><number:year number:style=\"long\"/>"
        xml += "</number:date-style>\n"
        xml += "  <number:text-style style:name=\"N2\"><number:text-content/></number:text-style>\n"
        for (name, display) in [("ta1", "true"), ("ta2", "false")] {
            xml += "  <style:style style:name=\"\(name)\" style:family=\"table\">"
            xml += "<style:table-properties table:display=\"\(display)\" style:writing-mode=\"lr-tb\"/></style:style>\n"
        }
        xml += "  <style:style style:name=\"co0\" style:family=\"table-column\">"
        xml +=
            "<style:table-column-properties fo:break-before=\"auto\" style:column-width=\"2.258cm\"/></style:style>\n"
        for (index, _) in printTitles.enumerated() {
            xml += "  <style:style style:name=\"tp\(index + 1)\" style:family=\"table\" "
            xml += "style:master-page-name=\"mp\(index + 1)\"><style:table-properties table:display=\"true\" "
            xml += "style:writing-mode=\"lr-tb\"/></style:style>\n"
        }
        for height in rowHeightsInUse {
            xml += "  <style:style style:name=\"\(rowStyleName(height))\" style:family=\"table-row\">"
            xml += "<style:table-row-properties style:row-height=\"\(centimetres(points: height))\" "
            xml += "style:use-optimal-row-height=\"false\" fo:break-before=\"auto\"/></style:style>\n"
        }
        if !printTitles.isEmpty {
            // Landscape A4, scaled to one page wide and as many pages long as it takes.
            xml += "  <style:page-layout style:name=\"pm1\"><style:page-layout-properties fo:page-width=\"29.7cm\" "
            xml += "fo:page-height=\"21cm\" style:print-orientation=\"landscape\" style:scale-to-X=\"1\" "
            xml += "style:scale-to-Y=\"0\" fo:margin-top=\"1cm\" fo:margin-bottom=\"1cm\" fo:margin-left=\"1.2cm\" "
            xml += "fo:margin-right=\"1.2cm\"/><style:header-style><style:header-footer-properties "
            xml += "fo:min-height=\"0.6cm\" fo:margin-bottom=\"0.3cm\"/></style:header-style></style:page-layout>\n"
        }
        for width in columnWidthsInUse() {
            xml += "  <style:style style:name=\"\(columnStyleName(width))\" style:family=\"table-column\">"
            xml += "<style:table-column-properties fo:break-before=\"auto\" "
            xml += "style:column-width=\"\(centimetres(width))\"/></style:style>\n"
        }
        for (index, style) in styles.enumerated() {
            xml +=
                "  <style:style style:name=\"ce\(index)\" style:family=\"table-cell\" style:parent-style-name=\"Default\""
            switch style.numberFormat {
            case .general: break
            case .date: xml += " style:data-style-name=\"N1\""
            case .text: xml += " style:data-style-name=\"N2\""
            }
            xml += "><style:table-cell-properties style:vertical-align=\"top\""
            if style.wrapsText { xml += " fo:wrap-option=\"wrap\"" }
            if let fill = style.fill { xml += " fo:background-color=\"#\(XMLText.attribute(fill))\"" }
            xml += " style:cell-protect=\"\(style.isLocked ? "protected" : "none")\"/>"
            if style.isBold {
                xml += "<style:text-properties fo:font-weight=\"bold\" style:font-weight-asian=\"bold\" "
                xml += "style:font-weight-complex=\"bold\"/>"
            }
            xml += "</style:style>\n"
        }
        return xml + " </office:automatic-styles>\n"
    }

    /// The distinct print titles, in order of first use; sheet `tp1` prints with master page `mp1`.
    private var printTitles: [String] {
        var seen: Set<String> = []
        return draft.sheets.compactMap { $0.isHidden ? nil : $0.pageSetup?.title }.filter { seen.insert($0).inserted }
    }

    /// One master page per print title, its title centred at the top of every page.
    private func masterStyles() -> String {
        let titles = printTitles
        guard !titles.isEmpty else { return "" }
        var xml = " <office:master-styles>\n"
        for (index, title) in titles.enumerated() {
            xml += "  <style:master-page style:name=\"mp\(index + 1)\" style:page-layout-name=\"pm1\"><style:header>"
            xml += "<style:region-center>\(paragraphs(title))</style:region-center></style:header>"
            xml += "<style:header-left style:display=\"false\"/><style:footer style:display=\"false\"/>"
            xml += "</style:master-page>\n"
        }
        return xml + " </office:master-styles>\n"
    }

    private func rowStyleName(_ height: Double) -> String {
        "ro\((rowHeightsInUse.firstIndex(of: height) ?? -1) + 1)"
    }

    private func contentValidations() -> String {
        guard draft.sheets.contains(where: { !$0.validations.isEmpty }) else { return "" }
        var xml = "   <table:content-validations>\n"
        for (sheetIndex, sheet) in draft.sheets.enumerated() {
            for (index, validation) in sheet.validations.enumerated() {
                let list: String
                switch validation.source {
                case .values(let values):
                    list = values.map { "\"" + $0.replacingOccurrences(of: "\"", with: "\"\"") + "\"" }
                        .joined(separator: ";")
                case .name(let name):
                    let target = draft.definedNames.first { $0.name == name }
                    list = target.map { "[" + address($0.sheet, $0.range) + "]" } ?? name
                }
                xml += "    <table:content-validation table:name=\"\(validationNames[sheetIndex][index])\" "
                xml += "table:condition=\"\(XMLText.attribute("of:cell-content-is-in-list(" + list + ")"))\" "
                xml += "table:allow-empty-cell=\"true\" table:display-list=\"unsorted\" "
                xml +=
                    "table:base-cell-address=\"\(XMLText.attribute(address(sheet.name, CellRange(validation.range.start, validation.range.start))))\">\n"
                xml += "     <table:error-message table:message-type=\"stop\" table:display=\"true\">"
                if let message = validation.errorMessage { xml += paragraphs(message) }
                xml += "</table:error-message>\n    </table:content-validation>\n"
            }
        }
        return xml + "   </table:content-validations>\n"
    }

    private func table(_ sheet: SheetDraft, index: Int) -> String {
        var xml = "   <table:table table:name=\"\(XMLText.attribute(sheet.name))\" "
        let printTitle = sheet.isHidden ? nil : sheet.pageSetup.flatMap { printTitles.firstIndex(of: $0.title) }
        xml += "table:style-name=\"\(printTitle.map { "tp\($0 + 1)" } ?? (sheet.isHidden ? "ta2" : "ta1"))\""
        xml += sheet.isProtected ? " table:protected=\"true\">\n" : ">\n"
        var validationAt: [CellReference: String] = [:]
        var cells = sheet.cells
        for (position, validation) in sheet.validations.enumerated() {
            for row in validation.range.start.row...validation.range.end.row {
                for column in validation.range.start.column...validation.range.end.column {
                    let reference = CellReference(row: row, column: column)
                    validationAt[reference] = validationNames[index][position]
                    if cells[reference] == nil { cells[reference] = DraftCell() }
                }
            }
        }
        let lastColumn = max(cells.keys.map(\.column).max() ?? 0, sheet.columnWidths.keys.max() ?? 0)
        var column = 0
        while column <= lastColumn {
            let width = sheet.columnWidths[column]
            var repeated = 1
            while column + repeated <= lastColumn, sheet.columnWidths[column + repeated] == width { repeated += 1 }
            xml += "    <table:table-column table:style-name=\"\(width.map(columnStyleName) ?? "co0")\""
            if repeated > 1 { xml += " table:number-columns-repeated=\"\(repeated)\"" }
            xml += " table:default-cell-style-name=\"Default\"/>\n"
            column += repeated
        }
        let byRow = Dictionary(grouping: cells, by: \.key.row)
        let headerRows = sheet.pageSetup?.repeatedRows
        var inHeader = false
        var nextRow = 0
        for row in byRow.keys.sorted() {
            if inHeader, headerRows?.contains(row) != true {
                xml += "    </table:table-header-rows>\n"
                inHeader = false
            }
            if row > nextRow {
                xml +=
                    "    <table:table-row table:number-rows-repeated=\"\(row - nextRow)\"><table:table-cell/></table:table-row>\n"
            }
            if !inHeader, headerRows?.contains(row) == true {
                xml += "    <table:table-header-rows>\n"
                inHeader = true
            }
            xml += "    <table:table-row"
            if let height = sheet.rowHeights[row] { xml += " table:style-name=\"\(rowStyleName(height))\"" }
            xml += ">"
            var nextColumn = 0
            for (reference, cell) in (byRow[row] ?? []).sorted(by: { $0.key.column < $1.key.column }) {
                if reference.column > nextColumn {
                    let gap = reference.column - nextColumn
                    xml +=
                        gap == 1
                        ? "<table:table-cell/>" : "<table:table-cell table:number-columns-repeated=\"\(gap)\"/>"
                }
                xml += self.cell(cell, validation: validationAt[reference])
                nextColumn = reference.column + 1
            }
            xml += "</table:table-row>\n"
            nextRow = row + 1
        }
        if inHeader { xml += "    </table:table-header-rows>\n" }
        if cells.isEmpty { xml += "    <table:table-row><table:table-cell/></table:table-row>\n" }
        return xml + "   </table:table>\n"
    }

    private func cell(_ cell: DraftCell, validation: String?) -> String {
        var xml = "<table:table-cell table:style-name=\"\(styleNames[cell.effectiveStyle] ?? "ce0")\""
        if let validation { xml += " table:content-validation-name=\"\(validation)\"" }
        switch cell.value {
        case nil:
            return xml + "/>"
        case .string(let text), .error(let text):
            return xml + " office:value-type=\"string\">" + paragraphs(text) + "</table:table-cell>"
        case .number(let number):
            let text = NumberText.format(number)
            return xml
                + " office:value-type=\"float\" office:value=\"\(text)\"><text:p>\(text)</text:p></table:table-cell>"
        case .boolean(let flag):
            return xml + " office:boolean-value=\"\(flag)\" office:value-type=\"boolean\"><text:p>"
                + (flag ? "TRUE" : "FALSE") + "</text:p></table:table-cell>"
        case .date(let date):
            let iso = ISODateText.format(date)
            let day = iso.prefix(10).split(separator: "-")
            let shown = day.count == 3 ? "\(day[2])/\(day[1])/\(day[0])" : iso
            return xml + " office:value-type=\"date\" office:date-value=\"\(iso)\"><text:p>\(shown)</text:p>"
                + "</table:table-cell>"
        }
    }

    /// One `text:p` per line, with runs of spaces and tabs spelled out as ODF requires.
    private func paragraphs(_ text: String) -> String {
        let lines = text.replacingOccurrences(of: "\r\n", with: "\n").split(
            separator: "\n", omittingEmptySubsequences: false)
        return lines.map { line in
            var xml = "<text:p>"
            var spaces = 0
            var atStart = true
            func flushSpaces() {
                guard spaces > 0 else { return }
                if atStart {
                    xml += spaces == 1 ? "<text:s/>" : "<text:s text:c=\"\(spaces)\"/>"
                } else {
                    xml += " "
                    if spaces > 1 { xml += spaces == 2 ? "<text:s/>" : "<text:s text:c=\"\(spaces - 1)\"/>" }
                }
                spaces = 0
            }
            for character in line {
                switch character {
                case " ": spaces += 1
                case "\t":
                    flushSpaces()
                    xml += "<text:tab/>"
                    atStart = true
                default:
                    flushSpaces()
                    xml += XMLText.content(String(character))
                    atStart = false
                }
            }
            if spaces > 0 {
                // Trailing spaces are kept as explicit space elements so nothing collapses them.
                xml += spaces == 1 ? "<text:s/>" : "<text:s text:c=\"\(spaces)\"/>"
            }
            return xml + "</text:p>"
        }.joined()
    }

    /// `$sli.$D$1:.$D$6`, or `$'Market Place'.$A$1` for a single cell.
    private func address(_ sheet: String, _ range: CellRange) -> String {
        func absolute(_ reference: CellReference) -> String {
            "$" + CellReference.columnName(reference.column) + "$" + String(reference.row + 1)
        }
        let start = "$" + SpreadsheetWriter.quotedSheetName(sheet) + "." + absolute(range.start)
        return range.start == range.end ? start : start + ":." + absolute(range.end)
    }

    private func columnWidthsInUse() -> [Double] {
        Array(Set(draft.sheets.flatMap(\.columnWidths.values))).sorted()
    }

    private func columnStyleName(_ width: Double) -> String {
        "co\((columnWidthsInUse().firstIndex(of: width) ?? -1) + 1)"
    }

    /// A width in characters as centimetres (one character of the default font is about 0.2 cm).
    private func centimetres(_ width: Double) -> String {
        NumberText.format((width * 0.2 * 1000).rounded() / 1000) + "cm"
    }

    /// A height in points as centimetres.
    private func centimetres(points: Double) -> String {
        NumberText.format((points * 2.54 / 72 * 1000).rounded() / 1000) + "cm"
    }
}
