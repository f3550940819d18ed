/// The form of a report's pages; tables are written as CSV and JSON in either form.
public enum ReportFormat: String, Sendable, Hashable, Codable, CaseIterable {
    /// Self-contained HTML pages with inline CSS and SVG charts.
    case html
    /// Markdown pages for board papers (charts become their data tables).
    case markdown = "md"

    /// The extension of the page files.
    public var fileExtension: String { rawValue }
}
