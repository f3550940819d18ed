import Foundation
import ZIPFoundation

/// Writes a `WorkbookDraft` as an Office Open XML workbook package (`.xlsx`).
///
/// Strings are written inline (`t="inlineStr"`), so the package needs no shared-string table; Excel
/// and LibreOffice both accept that and convert on their next save.
struct XLSXWriter {
    let draft: WorkbookDraft
    private let styles: [CellStyle]
    private let styleIndexes: [CellStyle: Int]

    private static let mainNamespace = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
    private static let relationshipNamespace =
        "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
    private static let packageRelationshipNamespace =
        "http://schemas.openxmlformats.org/package/2006/relationships"
    private static let header = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
    /// The zip entries' timestamp: the earliest a zip file can record, so output never depends on the clock.
    private static let timestamp = Date(timeIntervalSince1970: 315_532_800)

    init(draft: WorkbookDraft) {
        self.draft = draft
        styles = SpreadsheetWriter.styles(of: draft)
        var indexes: [CellStyle: Int] = [:]
        for (index, style) in styles.enumerated() { indexes[style] = index }
        styleIndexes = indexes
    }

    /// The zipped package.
    func package(failure: (String) -> SpreadsheetError) throws -> Data {
        var parts: [(path: String, content: String)] = [
            ("[Content_Types].xml", contentTypes()),
            ("_rels/.rels", rootRelationships()),
            ("xl/workbook.xml", workbook()),
            ("xl/_rels/workbook.xml.rels", workbookRelationships()),
            ("xl/styles.xml", stylesPart()),
        ]
        for (index, sheet) in draft.sheets.enumerated() {
            parts.append(("xl/worksheets/sheet\(index + 1).xml", worksheet(sheet, isActive: index == activeSheet)))
        }
        do {
            let archive = try Archive(data: Data(), accessMode: .create)
            for part in parts {
                let data = Data(part.content.utf8)
                try archive.addEntry(
                    with: part.path, type: .file, uncompressedSize: Int64(data.count),
                    modificationDate: Self.timestamp, permissions: 0o644, compressionMethod: .deflate
                ) { position, size in
                    data.subdata(in: Int(position)..<Int(position) + size)
                }
            }
            guard let data = archive.data else { throw failure("cannot build the zip container: it kept no data") }
            return data
        } catch let error as SpreadsheetError {
            throw error
        } catch {
            throw failure("cannot build the zip container: \(error)")
        }
    }

    private var activeSheet: Int { draft.sheets.firstIndex { !$0.isHidden } ?? 0 }

    private func contentTypes() -> String {
        var xml = Self.header
        xml += "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
        xml += "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
        xml += "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
        xml += "<Override PartName=\"/xl/workbook.xml\" "
        xml += "ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/>"
        xml += "<Override PartName=\"/xl/styles.xml\" "
        xml += "ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml\"/>"
        for index in draft.sheets.indices {
            xml += "<Override PartName=\"/xl/worksheets/sheet\(index + 1).xml\" "
            xml += "ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/>"
        }
        return xml + "</Types>"
    }

    private func rootRelationships() -> String {
        Self.header + "<Relationships xmlns=\"\(Self.packageRelationshipNamespace)\">"
            + "<Relationship Id=\"rId1\" Type=\"\(Self.relationshipNamespace)/officeDocument\" "
            + "Target=\"xl/workbook.xml\"/></Relationships>"
    }

    private func workbookRelationships() -> String {
        var xml = Self.header + "<Relationships xmlns=\"\(Self.packageRelationshipNamespace)\">"
        for index in draft.sheets.indices {
            xml += "<Relationship Id=\"rId\(index + 1)\" Type=\"\(Self.relationshipNamespace)/worksheet\" "
            xml += "Target=\"worksheets/sheet\(index + 1).xml\"/>"
        }
        xml += "<Relationship Id=\"rId\(draft.sheets.count + 1)\" Type=\"\(Self.relationshipNamespace)/styles\" "
        return xml + "Target=\"styles.xml\"/></Relationships>"
    }

    private func workbook() -> String {
        var xml = Self.header
        xml += "<workbook xmlns=\"\(Self.mainNamespace)\" xmlns:r=\"\(Self.relationshipNamespace)\">"
        xml += "<bookViews><workbookView activeTab=\"\(activeSheet)\"/></bookViews><sheets>"
        for (index, sheet) in draft.sheets.enumerated() {
            xml += "<sheet name=\"\(XMLText.attribute(sheet.name))\" sheetId=\"\(index + 1)\""
            if sheet.isHidden { xml += " state=\"hidden\"" }
            xml += " r:id=\"rId\(index + 1)\"/>"
        }
        xml += "</sheets>"
        let printTitles = draft.sheets.enumerated().compactMap { index, sheet in
            sheet.pageSetup?.repeatedRows.map { (index, sheet.name, $0) }
        }
        if !draft.definedNames.isEmpty || !printTitles.isEmpty {
            xml += "<definedNames>"
            for (index, sheet, rows) in printTitles {
                xml += "<definedName name=\"_xlnm.Print_Titles\" localSheetId=\"\(index)\">"
                xml += XMLText.content(
                    SpreadsheetWriter.quotedSheetName(sheet) + "!$\(rows.lowerBound + 1):$\(rows.upperBound + 1)")
                xml += "</definedName>"
            }
            for name in draft.definedNames.sorted(by: { $0.name.lowercased() < $1.name.lowercased() }) {
                xml += "<definedName name=\"\(XMLText.attribute(name.name))\">"
                xml += XMLText.content(SpreadsheetWriter.quotedSheetName(name.sheet) + "!" + absolute(name.range))
                xml += "</definedName>"
            }
            xml += "</definedNames>"
        }
        return xml + "</workbook>"
    }

    private func stylesPart() -> String {
        let fills = orderedUnique(styles.compactMap(\.fill))
        var xml = Self.header + "<styleSheet xmlns=\"\(Self.mainNamespace)\">"
        xml += "<numFmts count=\"1\"><numFmt numFmtId=\"164\" formatCode=\"dd/mm/yyyy\"/></numFmts>"
        xml += "<fonts count=\"2\"><font><sz val=\"11\"/><name val=\"Calibri\"/><family val=\"2\"/></font>"
        xml += "<font><b/><sz val=\"11\"/><name val=\"Calibri\"/><family val=\"2\"/></font></fonts>"
        xml += "<fills count=\"\(fills.count + 2)\"><fill><patternFill patternType=\"none\"/></fill>"
        xml += "<fill><patternFill patternType=\"gray125\"/></fill>"
        for fill in fills {
            xml += "<fill><patternFill patternType=\"solid\"><fgColor rgb=\"FF\(XMLText.attribute(fill))\"/>"
            xml += "<bgColor indexed=\"64\"/></patternFill></fill>"
        }
        xml += "</fills><borders count=\"1\"><border><left/><right/><top/><bottom/><diagonal/></border></borders>"
        xml += "<cellStyleXfs count=\"1\"><xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\"/></cellStyleXfs>"
        xml += "<cellXfs count=\"\(styles.count)\">"
        for style in styles {
            // 49 is the built-in text format "@"; 164 the first custom one.
            let format =
                switch style.numberFormat {
                case .general: 0
                case .date: 164
                case .text: 49
                }
            let fill = style.fill.flatMap { fills.firstIndex(of: $0) }.map { $0 + 2 } ?? 0
            xml += "<xf numFmtId=\"\(format)\" fontId=\"\(style.isBold ? 1 : 0)\" fillId=\"\(fill)\" borderId=\"0\" "
            xml += "xfId=\"0\""
            if format != 0 { xml += " applyNumberFormat=\"1\"" }
            if style.isBold { xml += " applyFont=\"1\"" }
            if fill != 0 { xml += " applyFill=\"1\"" }
            xml += " applyAlignment=\"1\""
            if !style.isLocked { xml += " applyProtection=\"1\"" }
            xml += "><alignment vertical=\"top\"" + (style.wrapsText ? " wrapText=\"1\"/>" : "/>")
            if !style.isLocked { xml += "<protection locked=\"0\"/>" }
            xml += "</xf>"
        }
        xml += "</cellXfs><cellStyles count=\"1\"><cellStyle name=\"Normal\" xfId=\"0\" builtinId=\"0\"/></cellStyles>"
        return xml + "</styleSheet>"
    }

    private func worksheet(_ sheet: SheetDraft, isActive: Bool) -> String {
        var xml = Self.header
        xml += "<worksheet xmlns=\"\(Self.mainNamespace)\" xmlns:r=\"\(Self.relationshipNamespace)\">"
        if sheet.pageSetup != nil { xml += "<sheetPr><pageSetUpPr fitToPage=\"1\"/></sheetPr>" }
        xml += "<dimension ref=\"\(sheet.usedRange?.description ?? "A1")\"/>"
        xml += "<sheetViews><sheetView" + (isActive ? " tabSelected=\"1\"" : "") + " workbookViewId=\"0\">"
        if sheet.frozenRows > 0 {
            let topLeft = CellReference(row: sheet.frozenRows, column: 0)
            xml += "<pane ySplit=\"\(sheet.frozenRows)\" topLeftCell=\"\(topLeft)\" activePane=\"bottomLeft\" "
            xml += "state=\"frozen\"/><selection pane=\"bottomLeft\" activeCell=\"\(topLeft)\" sqref=\"\(topLeft)\"/>"
        }
        xml += "</sheetView></sheetViews><sheetFormatPr defaultRowHeight=\"15\"/>"
        if !sheet.columnWidths.isEmpty {
            xml += "<cols>"
            for column in sheet.columnWidths.keys.sorted() {
                guard let width = sheet.columnWidths[column] else { continue }
                xml += "<col min=\"\(column + 1)\" max=\"\(column + 1)\" width=\"\(NumberText.format(width))\" "
                xml += "customWidth=\"1\"/>"
            }
            xml += "</cols>"
        }
        xml += "<sheetData>"
        for (row, cells) in sheet.rows {
            xml += "<row r=\"\(row + 1)\""
            if let height = sheet.rowHeights[row] { xml += " ht=\"\(NumberText.format(height))\" customHeight=\"1\"" }
            xml += ">"
            for (column, cell) in cells {
                xml += self.cell(cell, at: CellReference(row: row, column: column))
            }
            xml += "</row>"
        }
        xml += "</sheetData>"
        if sheet.isProtected {
            xml += "<sheetProtection sheet=\"1\" objects=\"1\" scenarios=\"1\" formatColumns=\"0\" formatRows=\"0\"/>"
        }
        if !sheet.validations.isEmpty {
            xml += "<dataValidations count=\"\(sheet.validations.count)\">"
            for validation in sheet.validations {
                xml += "<dataValidation type=\"list\" allowBlank=\"1\" showInputMessage=\"1\" showErrorMessage=\"1\""
                if let message = validation.errorMessage {
                    xml += " errorTitle=\"Not in the list\" error=\"\(XMLText.attribute(message))\""
                }
                xml += " sqref=\"\(validation.range)\"><formula1>"
                switch validation.source {
                case .values(let values): xml += XMLText.content("\"" + values.joined(separator: ",") + "\"")
                case .name(let name): xml += XMLText.content(name)
                }
                xml += "</formula1></dataValidation>"
            }
            xml += "</dataValidations>"
        }
        guard let setup = sheet.pageSetup else {
            xml +=
                "<pageMargins left=\"0.7\" right=\"0.7\" top=\"0.75\" bottom=\"0.75\" header=\"0.3\" footer=\"0.3\"/>"
            return xml + "</worksheet>"
        }
        // Landscape A4 (paper size 9), one page wide and as many long as it takes, the title centred on top.
        xml += "<pageMargins left=\"0.5\" right=\"0.5\" top=\"0.7\" bottom=\"0.6\" header=\"0.3\" footer=\"0.3\"/>"
        xml += "<pageSetup paperSize=\"9\" orientation=\"landscape\" fitToWidth=\"1\" fitToHeight=\"0\"/>"
        xml += "<headerFooter><oddHeader>"
        xml += XMLText.content("&C" + setup.title.replacingOccurrences(of: "&", with: "&&"))
        return xml + "</oddHeader></headerFooter></worksheet>"
    }

    private func cell(_ cell: DraftCell, at reference: CellReference) -> String {
        var xml = "<c r=\"\(reference)\""
        if let index = styleIndexes[cell.effectiveStyle], index != 0 { xml += " s=\"\(index)\"" }
        switch cell.value {
        case nil:
            return xml + "/>"
        case .string(let text):
            return xml + " t=\"inlineStr\"><is><t xml:space=\"preserve\">\(XMLText.content(text))</t></is></c>"
        case .number(let number):
            return xml + "><v>\(NumberText.format(number))</v></c>"
        case .boolean(let flag):
            return xml + " t=\"b\"><v>\(flag ? 1 : 0)</v></c>"
        case .date(let date):
            return xml + "><v>\(NumberText.format(SpreadsheetWriter.excelSerial(date)))</v></c>"
        case .error(let code):
            return xml + " t=\"e\"><v>\(XMLText.content(code))</v></c>"
        }
    }

    /// `$D$1:$D$6`.
    private func absolute(_ range: CellRange) -> String {
        func absolute(_ reference: CellReference) -> String {
            "$" + CellReference.columnName(reference.column) + "$" + String(reference.row + 1)
        }
        return range.start == range.end
            ? absolute(range.start) : absolute(range.start) + ":" + absolute(range.end)
    }

    private func orderedUnique(_ values: [String]) -> [String] {
        var seen: Set<String> = []
        return values.filter { seen.insert($0).inserted }
    }
}
