/// The file formats `sli` reads, and writes where noted.
public enum SpreadsheetFormat: String, Sendable, Hashable, CaseIterable, Codable {
    /// Excel "XML Spreadsheet 2003" (SpreadsheetML), `.xml`. Read and written.
    case spreadsheetML = "xml"
    /// Office Open XML workbook, `.xlsx`. Read and written.
    case xlsx
    /// OpenDocument spreadsheet (zipped), `.ods`. Read.
    case ods
    /// Flat OpenDocument spreadsheet (one XML file), `.fods`. Read and written.
    case fods
    /// Comma-separated values (RFC 4180), `.csv`. Read.
    case csv

    /// The usual file name extension.
    public var fileExtension: String { rawValue }

    /// The name people know the format by.
    public var displayName: String {
        switch self {
        case .spreadsheetML: "SpreadsheetML 2003"
        case .xlsx: "XLSX"
        case .ods: "ODS"
        case .fods: "flat ODS (FODS)"
        case .csv: "CSV"
        }
    }
}
