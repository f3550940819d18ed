import Foundation

/// Reads an XLSX package (Transitional or Strict Office Open XML) as a stream of cells.
///
/// Follows the package relationships to the workbook part, the workbook's relationships to its sheets,
/// shared strings and styles, then streams each sheet part through libxml2 in tab order.
enum XLSXReader {
    /// Streams the workbook in `package` to `sink`.
    static func read<Visitor>(_ package: ZipPackage, file: String, into sink: CellSink<Visitor>) throws {
        let workbookPath = try officeDocumentPath(package)
        let workbook = XLSXWorkbookHandler()
        try package.parse(workbookPath, with: workbook)
        let relationships = try relationships(of: workbookPath, in: package)
        let sheets = try sheetParts(
            workbook, relationships: relationships, in: package, at: workbookPath, file: file)

        var sharedStrings = SharedStrings()
        let stringsPath =
            relationships.first { $0.isKind("sharedStrings") }?.target
            ?? OOXMLRelationship.resolve("sharedStrings.xml", from: workbookPath)
        if package.contains(stringsPath) {
            let handler = XLSXSharedStringsHandler(limits: sink.limits)
            try package.parse(stringsPath, with: handler) { handler.parser = $0 }
            sharedStrings = handler.strings
        }

        var dateFormats: [Bool] = []
        let stylesPath =
            relationships.first { $0.isKind("styles") }?.target
            ?? OOXMLRelationship.resolve("styles.xml", from: workbookPath)
        if package.contains(stylesPath) {
            let handler = XLSXStylesHandler()
            try package.parse(stylesPath, with: handler)
            dateFormats = handler.dateFormats
        }

        for (sheet, target) in sheets {
            let location = SpreadsheetLocation(file: file, part: workbookPath, sheet: sheet)
            try sink.beginSheet(named: sheet, at: location)
            let handler = XLSXSheetHandler(
                sink: sink, sharedStrings: sharedStrings, dateFormats: dateFormats, uses1904: workbook.uses1904)
            try package.parse(target, with: handler) { handler.parser = $0 }
            try sink.endSheet()
        }
    }

    /// Each sheet's name and part, checked before any part is read: every sheet has its own part, and
    /// the part is in the package.
    private static func sheetParts(
        _ workbook: XLSXWorkbookHandler, relationships: [OOXMLRelationship], in package: ZipPackage,
        at workbookPath: String, file: String
    ) throws -> [(name: String, part: String)] {
        var sheetOfPart: [String: String] = [:]
        return try workbook.sheets.map { sheet in
            let location = SpreadsheetLocation(file: file, part: workbookPath, sheet: sheet.name)
            guard let target = relationships.first(where: { $0.id == sheet.relationshipID })?.target else {
                throw SpreadsheetError.malformed(
                    location, "the sheet's relationship \(sheet.relationshipID) is missing from the workbook's rels")
            }
            if let other = sheetOfPart.updateValue(sheet.name, forKey: target.lowercased()) {
                throw SpreadsheetError.malformed(
                    location, "the sheet's part \(target) is sheet \"\(other)\"'s too (expected a part per sheet)")
            }
            guard package.contains(target) else {
                throw SpreadsheetError.malformed(
                    location,
                    "the sheet's part \(target) is missing from the zip package (expected the sheet's cells there)")
            }
            return (sheet.name, target)
        }
    }

    private static func officeDocumentPath(_ package: ZipPackage) throws -> String {
        if package.contains("_rels/.rels") {
            let handler = OOXMLRelationshipsHandler(source: "")
            try package.parse("_rels/.rels", with: handler)
            if let target = handler.relationships.first(where: { $0.isKind("officeDocument") })?.target {
                return target
            }
        }
        return "xl/workbook.xml"
    }

    private static func relationships(of part: String, in package: ZipPackage) throws -> [OOXMLRelationship] {
        var components = part.split(separator: "/", omittingEmptySubsequences: false).map(String.init)
        let name = components.popLast() ?? part
        let path = (components + ["_rels", name + ".rels"]).joined(separator: "/")
        guard package.contains(path) else { return [] }
        let handler = OOXMLRelationshipsHandler(source: part)
        try package.parse(path, with: handler)
        return handler.relationships
    }
}
