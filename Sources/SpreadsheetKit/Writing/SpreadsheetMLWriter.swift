import Foundation

/// Writes a `WorkbookDraft` as Excel's "XML Spreadsheet 2003" (SpreadsheetML).
struct SpreadsheetMLWriter {
    let draft: WorkbookDraft
    private let styles: [CellStyle]
    private let styleIDs: [CellStyle: String]

    init(draft: WorkbookDraft) {
        self.draft = draft
        styles = SpreadsheetWriter.styles(of: draft)
        var ids: [CellStyle: String] = [:]
        for (index, style) in styles.enumerated() { ids[style] = index == 0 ? "Default" : "s\(index)" }
        styleIDs = ids
    }

    /// The whole file.
    func document() -> String {
        var xml = """
            <?xml version="1.0" encoding="UTF-8"?>
            <?mso-application progid="Excel.Sheet"?>
            <Workbook xmlns="urn:schemas-microsoft-com:office:spreadsheet" \
            xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:x="urn:schemas-microsoft-com:office:excel" \
            xmlns:ss="urn:schemas-microsoft-com:office:spreadsheet" xmlns:html="http://www.w3.org/TR/REC-html40">

            """
        let activeSheet = draft.sheets.firstIndex { !$0.isHidden } ?? 0
        xml += " <ExcelWorkbook xmlns=\"urn:schemas-microsoft-com:office:excel\">\n"
        xml += "  <ActiveSheet>\(activeSheet)</ActiveSheet>\n  <ProtectStructure>False</ProtectStructure>\n"
        xml += "  <ProtectWindows>False</ProtectWindows>\n </ExcelWorkbook>\n"
        xml += " <Styles>\n"
        for (index, style) in styles.enumerated() {
            xml += stylePart(style, id: index == 0 ? "Default" : "s\(index)", isDefault: index == 0)
        }
        xml += " </Styles>\n"
        if !draft.definedNames.isEmpty {
            xml += " <Names>\n"
            for name in draft.definedNames {
                let target = "=" + SpreadsheetWriter.quotedSheetName(name.sheet) + "!" + r1c1(name.range)
                xml += "  <NamedRange ss:Name=\"\(XMLText.attribute(name.name))\" "
                xml += "ss:RefersTo=\"\(XMLText.attribute(target))\"/>\n"
            }
            xml += " </Names>\n"
        }
        for (index, sheet) in draft.sheets.enumerated() {
            xml += worksheet(sheet, isActive: index == activeSheet)
        }
        xml += "</Workbook>\n"
        return xml
    }

    private func stylePart(_ style: CellStyle, id: String, isDefault: Bool) -> String {
        var xml = "  <Style ss:ID=\"\(id)\"" + (isDefault ? " ss:Name=\"Normal\">\n" : ">\n")
        xml += "   <Alignment ss:Vertical=\"Top\"" + (style.wrapsText ? " ss:WrapText=\"1\"/>\n" : "/>\n")
        if style.isBold { xml += "   <Font ss:Bold=\"1\"/>\n" }
        if let fill = style.fill {
            xml += "   <Interior ss:Color=\"#\(XMLText.attribute(fill))\" ss:Pattern=\"Solid\"/>\n"
        }
        // Every style names its number format: LibreOffice's importer otherwise carries the previous
        // style's format over, turning plain numbers into dates.
        let format =
            switch style.numberFormat {
            case .general: "General"
            case .date: "dd/mm/yyyy"
            case .text: "@"
            }
        xml += "   <NumberFormat ss:Format=\"\(format)\"/>\n"
        if !style.isLocked { xml += "   <Protection ss:Protected=\"0\"/>\n" }
        return xml + "  </Style>\n"
    }

    private func worksheet(_ sheet: SheetDraft, isActive: Bool) -> String {
        var xml = " <Worksheet ss:Name=\"\(XMLText.attribute(sheet.name))\""
        xml += sheet.isProtected ? " ss:Protected=\"1\">\n" : ">\n"
        if let rows = sheet.pageSetup?.repeatedRows {
            let target =
                "=" + SpreadsheetWriter.quotedSheetName(sheet.name) + "!R\(rows.lowerBound + 1)"
                + (rows.count > 1 ? ":R\(rows.upperBound + 1)" : "")
            xml += "  <Names>\n   <NamedRange ss:Name=\"Print_Titles\" ss:RefersTo=\"\(XMLText.attribute(target))\"/>\n"
            xml += "  </Names>\n"
        }
        xml += "  <Table>\n"
        for column in sheet.columnWidths.keys.sorted() {
            guard let width = sheet.columnWidths[column] else { continue }
            // Excel measures column widths in points; one character of the default font is about 5.25pt.
            let points = NumberText.format((width * 5.25 * 4).rounded() / 4)
            xml += "   <Column ss:Index=\"\(column + 1)\" ss:AutoFitWidth=\"0\" ss:Width=\"\(points)\"/>\n"
        }
        for (row, cells) in sheet.rows {
            xml += "   <Row ss:Index=\"\(row + 1)\""
            if let height = sheet.rowHeights[row] {
                xml += " ss:AutoFitHeight=\"0\" ss:Height=\"\(NumberText.format(height))\""
            }
            xml += ">\n"
            for (column, cell) in cells {
                xml += "    <Cell ss:Index=\"\(column + 1)\""
                if cell.effectiveStyle != CellStyle(), let id = styleIDs[cell.effectiveStyle] {
                    xml += " ss:StyleID=\"\(id)\""
                }
                if let data = data(cell.value) { xml += ">" + data + "</Cell>\n" } else { xml += "/>\n" }
            }
            xml += "   </Row>\n"
        }
        xml += "  </Table>\n"
        xml += "  <WorksheetOptions xmlns=\"urn:schemas-microsoft-com:office:excel\">\n"
        if let setup = sheet.pageSetup { xml += pageSetup(setup) }
        if sheet.isHidden { xml += "   <Visible>SheetHidden</Visible>\n" }
        if isActive { xml += "   <Selected/>\n" }
        if sheet.frozenRows > 0 {
            xml += "   <FreezePanes/>\n   <FrozenNoSplit/>\n"
            xml += "   <SplitHorizontal>\(sheet.frozenRows)</SplitHorizontal>\n"
            xml += "   <TopRowBottomPane>\(sheet.frozenRows)</TopRowBottomPane>\n"
            xml += "   <ActivePane>2</ActivePane>\n"
        }
        if sheet.isProtected {
            xml += "   <ProtectObjects>True</ProtectObjects>\n   <ProtectScenarios>True</ProtectScenarios>\n"
        }
        xml += "  </WorksheetOptions>\n"
        for validation in sheet.validations {
            xml += "  <DataValidation xmlns=\"urn:schemas-microsoft-com:office:excel\">\n"
            xml += "   <Range>\(r1c1(validation.range))</Range>\n   <Type>List</Type>\n"
            switch validation.source {
            case .values(let values):
                let list = "\"" + values.joined(separator: ",") + "\""
                xml += "   <Value>\(XMLText.content(list))</Value>\n"
            case .name(let name):
                xml += "   <Value>\(XMLText.content(name))</Value>\n"
            }
            if let message = validation.errorMessage {
                xml += "   <ErrorMessage>\(XMLText.content(message))</ErrorMessage>\n"
            }
            xml += "  </DataValidation>\n"
        }
        return xml + " </Worksheet>\n"
    }

    /// Landscape A4, one page wide and as many pages long as it takes, the title centred at the top.
    private func pageSetup(_ setup: PageSetup) -> String {
        let header = "&C" + setup.title.replacingOccurrences(of: "&", with: "&&")
        var xml = "   <PageSetup>\n    <Layout x:Orientation=\"Landscape\"/>\n"
        xml += "    <Header x:Margin=\"0.3\" x:Data=\"\(XMLText.attribute(header))\"/>\n   </PageSetup>\n"
        xml += "   <FitToPage/>\n   <Print>\n    <FitHeight>0</FitHeight>\n    <ValidPrinterInfo/>\n"
        return xml + "    <PaperSizeIndex>9</PaperSizeIndex>\n   </Print>\n"
    }

    private func data(_ value: CellValue?) -> String? {
        switch value {
        case nil: nil
        case .string(let text): "<Data ss:Type=\"String\">\(XMLText.content(text))</Data>"
        case .number(let number): "<Data ss:Type=\"Number\">\(NumberText.format(number))</Data>"
        case .boolean(let flag): "<Data ss:Type=\"Boolean\">\(flag ? 1 : 0)</Data>"
        case .date(let date): "<Data ss:Type=\"DateTime\">\(dateTime(date))</Data>"
        case .error(let code): "<Data ss:Type=\"Error\">\(XMLText.content(code))</Data>"
        }
    }

    /// `2017-03-31T00:00:00.000`, the form Excel writes.
    private func dateTime(_ date: Date) -> String {
        var text = ISODateText.format(date)
        if !text.contains("T") { text += "T00:00:00" }
        if text.count == 19 { text += ".000" }
        return text
    }

    /// `R2C4:R30C4`, or `R2C4` for a single cell.
    private func r1c1(_ range: CellRange) -> String {
        let start = "R\(range.start.row + 1)C\(range.start.column + 1)"
        return range.start == range.end ? start : start + ":R\(range.end.row + 1)C\(range.end.column + 1)"
    }
}
