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
    /// - Throws: `WorkbookDraftError` when the format is not one sli writes or the draft breaks a rule
    ///   every spreadsheet program enforces (sheet names, a visible sheet, defined names).
    public static func data(for draft: WorkbookDraft, format: SpreadsheetFormat) throws -> Data {
        try check(draft)
        switch format {
        case .spreadsheetML: return Data(SpreadsheetMLWriter(draft: draft).document().utf8)
        case .xlsx: return try XLSXWriter(draft: draft).package()
        case .fods: return Data(FODSWriter(draft: draft).document().utf8)
        case .ods, .csv: throw WorkbookDraftError.unsupportedFormat(format)
        }
    }

    /// Writes `draft` in `format` to `url`, replacing any file there.
    public static func write(_ draft: WorkbookDraft, format: SpreadsheetFormat, to url: URL) throws {
        try data(for: draft, format: format).write(to: url, options: .atomic)
    }

    /// Checks the rules all three formats share.
    static func check(_ draft: WorkbookDraft) throws {
        var seen: Set<String> = []
        for sheet in draft.sheets {
            if let reason = problem(withSheetName: sheet.name) {
                throw WorkbookDraftError.invalidSheetName(sheet.name, reason: reason)
            }
            guard seen.insert(sheet.name.lowercased()).inserted else {
                throw WorkbookDraftError.duplicateSheetName(sheet.name)
            }
        }
        guard draft.sheets.contains(where: { !$0.isHidden }) else { throw WorkbookDraftError.noVisibleSheet }
        let names = Set(draft.definedNames.map(\.name))
        for name in draft.definedNames {
            guard let first = name.name.unicodeScalars.first,
                first == "_" || CharacterSet.letters.contains(first),
                name.name.unicodeScalars.allSatisfy({
                    $0 == "_" || $0 == "." || CharacterSet.alphanumerics.contains($0)
                }),
                CellReference(name.name) == nil
            else {
                throw WorkbookDraftError.invalidDefinedName(
                    name.name, reason: "use a letter or underscore, then letters, digits, underscores or dots")
            }
            guard seen.contains(name.sheet.lowercased()) else {
                throw WorkbookDraftError.invalidDefinedName(
                    name.name, reason: "there is no sheet named \"\(name.sheet)\"")
            }
        }
        for sheet in draft.sheets {
            for validation in sheet.validations {
                if case .name(let name) = validation.source, !names.contains(name) {
                    throw WorkbookDraftError.undefinedName(name, sheet: sheet.name)
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
