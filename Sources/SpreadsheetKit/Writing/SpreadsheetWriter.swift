import Foundation

/// Writes a `WorkbookDraft` as a SpreadsheetML 2003, XLSX or flat ODS file.
///
/// The output is deterministic: the same draft gives the same bytes (zip entries carry a fixed
/// timestamp), so rendered workbooks can be compared and committed.
public enum SpreadsheetWriter {
    /// The formats the writer produces.
    public static let writableFormats: [SpreadsheetFormat] = [.spreadsheetML, .xlsx, .fods]

    /// The file content of `draft` in `format`.
    ///
    /// - Parameter fileName: The name errors give the file (default `workbook.<extension>`).
    /// - Throws: `SpreadsheetError.unwritable` when the format is not one sli writes or the draft breaks a
    ///   rule every spreadsheet program enforces (sheet names, a visible sheet, defined names).
    public static func data(for draft: WorkbookDraft, format: SpreadsheetFormat, fileName: String? = nil) throws -> Data
    {
        let file = fileName ?? "workbook.\(format.fileExtension)"
        func failure(_ message: String, sheet: String? = nil) -> SpreadsheetError {
            .unwritable(SpreadsheetLocation(file: file, sheet: sheet), message)
        }
        try check(draft, failure: failure)
        switch format {
        case .spreadsheetML: return Data(SpreadsheetMLWriter(draft: draft).document().utf8)
        case .xlsx: return try XLSXWriter(draft: draft).package(failure: { failure($0) })
        case .fods: return Data(FODSWriter(draft: draft).document().utf8)
        case .ods, .csv:
            throw failure(
                "cannot write \(format.displayName) files; write SpreadsheetML 2003 (xml), XLSX (xlsx) or flat ODS (fods)"
            )
        }
    }

    /// Writes `draft` in `format` to `url`, replacing any file there.
    public static func write(_ draft: WorkbookDraft, format: SpreadsheetFormat, to url: URL) throws {
        try data(for: draft, format: format, fileName: url.lastPathComponent).write(to: url, options: .atomic)
    }

    /// Checks the rules all three formats share.
    static func check(_ draft: WorkbookDraft, failure: (String, String?) -> SpreadsheetError) throws {
        var seen: Set<String> = []
        for sheet in draft.sheets {
            if let reason = problem(withSheetName: sheet.name) {
                throw failure("sheet name \"\(sheet.name)\" cannot be used: \(reason)", nil)
            }
            guard seen.insert(sheet.name.lowercased()).inserted else {
                throw failure("sheet name \"\(sheet.name)\" is used twice; each sheet needs its own name", nil)
            }
        }
        guard draft.sheets.contains(where: { !$0.isHidden }) else {
            throw failure("every sheet is hidden; at least one sheet must be visible", nil)
        }
        let names = Set(draft.definedNames.map(\.name))
        for name in draft.definedNames {
            guard let first = name.name.unicodeScalars.first,
                first == "_" || CharacterSet.letters.contains(first),
                name.name.unicodeScalars.allSatisfy({
                    $0 == "_" || $0 == "." || CharacterSet.alphanumerics.contains($0)
                }),
                CellReference(name.name) == nil
            else {
                throw failure(
                    "defined name \"\(name.name)\" cannot be used: start with a letter or underscore, then use "
                        + "letters, digits, underscores or dots", nil)
            }
            guard seen.contains(name.sheet.lowercased()) else {
                throw failure(
                    "defined name \"\(name.name)\" cannot be used: there is no sheet named \"\(name.sheet)\"", nil)
            }
        }
        for sheet in draft.sheets {
            for validation in sheet.validations {
                if case .name(let name) = validation.source, !names.contains(name) {
                    throw failure(
                        "the drop-down list refers to \"\(name)\", which the workbook does not define", sheet.name)
                }
            }
        }
    }

    private static func problem(withSheetName name: String) -> String? {
        if name.isEmpty { return "a sheet needs a name" }
        if name.count > 31 { return "it has \(name.count) characters, and at most 31 are allowed" }
        if let bad = name.first(where: { "[]:*?/\\".contains($0) }) { return "it contains \"\(bad)\"" }
        if name.hasPrefix("'") || name.hasSuffix("'") { return "it starts or ends with an apostrophe" }
        return nil
    }

    /// The distinct styles of `draft` in order of first use, the default style first.
    static func styles(of draft: WorkbookDraft) -> [CellStyle] {
        var styles = [CellStyle()]
        var known: Set<CellStyle> = [CellStyle()]
        for sheet in draft.sheets {
            for (_, cells) in sheet.rows {
                for (_, cell) in cells where known.insert(cell.effectiveStyle).inserted {
                    styles.append(cell.effectiveStyle)
                }
            }
        }
        return styles
    }

    /// The days since 1899-12-30 (Excel's serial date in the 1900 system, valid from 1900-03-01).
    static func excelSerial(_ date: Date) -> Double {
        date.timeIntervalSince1970 / 86_400 + 25_569
    }

    /// The sheet name as a formula prefix: `sli` or `'Market Place'`.
    static func quotedSheetName(_ name: String) -> String {
        let plain = name.unicodeScalars.allSatisfy {
            $0 == "_" || ($0.isASCII && $0.properties.isAlphabetic) || ("0"..."9").contains($0)
        }
        let startsWithDigit = name.first?.isNumber ?? false
        return plain && !startsWithDigit && CellReference(name) == nil
            ? name : "'" + name.replacingOccurrences(of: "'", with: "''") + "'"
    }
}
