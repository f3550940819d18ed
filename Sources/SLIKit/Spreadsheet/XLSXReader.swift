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

        var sharedStrings: [String] = []
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

        for sheet in workbook.sheets {
            let location = SpreadsheetLocation(file: file, part: workbookPath, sheet: sheet.name)
            guard let target = relationships.first(where: { $0.id == sheet.relationshipID })?.target else {
                throw SpreadsheetError.malformed(
                    location, "the sheet's relationship \(sheet.relationshipID) is missing from the workbook's rels")
            }
            guard package.contains(target) else {
                throw SpreadsheetError.malformed(
                    location,
                    "the sheet's part \(target) is missing from the zip package (expected the sheet's cells there)")
            }
            try sink.beginSheet(named: sheet.name, at: location)
            let handler = XLSXSheetHandler(
                sink: sink, sharedStrings: sharedStrings, dateFormats: dateFormats, uses1904: workbook.uses1904)
            try package.parse(target, with: handler) { handler.parser = $0 }
            try sink.endSheet()
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
