import Foundation
import SpreadsheetKit

/// A table of the report: shown on a page next to its chart and written as CSV, JSON and Markdown.
struct ReportTable: Sendable, Hashable {
    /// The file name stem and the page anchor, e.g. `theme-scores`.
    var name: String
    /// The caption.
    var title: String
    /// The column headings.
    var columns: [String]
    /// The rows, each with one cell per column.
    var rows: [[ReportCell]]

    /// The table as RFC 4180 CSV with a header row and CRLF line ends.
    ///
    /// Text that a spreadsheet would run as a formula gets a leading apostrophe (see
    /// ``DelimitedText/field(_:)``).
    func csv() -> String {
        var lines = [columns.map(DelimitedText.field).joined(separator: ",")]
        for row in rows {
            lines.append(row.map { DelimitedText.field($0.display) }.joined(separator: ","))
        }
        return lines.joined(separator: "\r\n") + "\r\n"
    }

    /// The table as JSON: an object with the title, the columns and one object per row keyed by column.
    func json() -> String {
        var lines = ["{", "  \"title\": \(JSONLiteral.string(title)),"]
        lines.append("  \"columns\": [\(columns.map(JSONLiteral.string).joined(separator: ", "))],")
        lines.append("  \"rows\": [")
        for (index, row) in rows.enumerated() {
            let fields = zip(columns, row).map { column, cell in
                let value: String
                switch cell {
                case .text(let text): value = JSONLiteral.string(text)
                case .number: value = cell.display
                case .change(let change, let decimals): value = ReportNumber.text(change, decimals: decimals)
                case .pValue(let p): value = p.isFinite ? "\(p)" : "null"
                case .empty: value = "null"
                }
                return "\(JSONLiteral.string(column)): \(value)"
            }
            lines.append("    {" + fields.joined(separator: ", ") + "}" + (index == rows.count - 1 ? "" : ","))
        }
        lines.append("  ]")
        lines.append("}")
        return lines.joined(separator: "\n") + "\n"
    }

    /// The table as a Markdown pipe table with its caption in bold above it.
    func markdown() -> String {
        func line(_ cells: [String]) -> String {
            "| " + cells.map(Self.markdownCell).joined(separator: " | ") + " |"
        }
        var lines = ["**\(Self.markdownCell(title))**", "", line(columns)]
        lines.append(
            "|"
                + columns.indices.map { index in
                    rows.first.map { index < $0.count && $0[index].isNumber } == true ? " ---: |" : " --- |"
                }.joined())
        for row in rows {
            lines.append(line(row.map(\.display)))
        }
        return lines.joined(separator: "\n")
    }

    /// The table as an HTML table with a caption; numbers are right-aligned.
    func html() -> String {
        var lines = ["<table id=\"table-\(Markup.escape(name))\">", "<caption>\(Markup.escape(title))</caption>"]
        lines.append(
            "<thead><tr>" + columns.map { "<th scope=\"col\">\(Markup.escape($0))</th>" }.joined() + "</tr></thead>")
        lines.append("<tbody>")
        for row in rows {
            lines.append(
                "<tr>"
                    + row.map { cell in
                        "<td\(Self.cellClass(cell))>" + Markup.escape(cell.display) + "</td>"
                    }.joined() + "</tr>")
        }
        lines.append("</tbody>")
        lines.append("</table>")
        return lines.joined(separator: "\n")
    }

    /// The class attribute of a cell: `num` for numbers, `date` for ISO dates (neither wraps).
    private static func cellClass(_ cell: ReportCell) -> String {
        if cell.isNumber { return " class=\"num\"" }
        if case .text(let text) = cell, text.count == 10, ISODateText.parse(text) != nil { return " class=\"date\"" }
        return ""
    }

    private static func markdownCell(_ text: String) -> String {
        ReportMarkdown.escape(
            text.replacingOccurrences(of: "\r\n", with: " ").replacingOccurrences(of: "\n", with: " "))
    }
}
