/// Why a `WorkbookDraft` cannot be written in the format asked for.
public enum WorkbookDraftError: Error, Sendable, Hashable, CustomStringConvertible {
    /// The format is one sli reads but does not write.
    case unsupportedFormat(SpreadsheetFormat)
    /// A sheet name that spreadsheet programs refuse.
    case invalidSheetName(String, reason: String)
    /// Two sheets with the same name (compared without regard to case, as spreadsheet programs do).
    case duplicateSheetName(String)
    /// Every sheet is hidden, so the file would open on nothing.
    case noVisibleSheet
    /// A drop-down list on `sheet` refers to a name the draft does not define.
    case undefinedName(String, sheet: String)
    /// A defined name that spreadsheet programs refuse, or that names a sheet the draft lacks.
    case invalidDefinedName(String, reason: String)
    /// The zip container could not be built.
    case archive(String)

    /// What is wrong and what is expected, in lower case.
    public var description: String {
        switch self {
        case .unsupportedFormat(let format):
            "cannot write \(format.displayName) files: write SpreadsheetML 2003 (xml), XLSX (xlsx) or flat ODS (fods)"
        case .invalidSheetName(let name, let reason):
            "sheet name \"\(name)\" cannot be used: \(reason)"
        case .duplicateSheetName(let name):
            "sheet name \"\(name)\" is used twice: each sheet needs its own name"
        case .noVisibleSheet:
            "every sheet is hidden: at least one sheet must be visible"
        case .undefinedName(let name, let sheet):
            "sheet \"\(sheet)\": the drop-down list refers to \"\(name)\", which the workbook does not define"
        case .invalidDefinedName(let name, let reason):
            "defined name \"\(name)\" cannot be used: \(reason)"
        case .archive(let message):
            "cannot build the zip container: \(message)"
        }
    }
}
