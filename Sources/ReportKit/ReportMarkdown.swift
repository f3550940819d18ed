/// Renders report pages as Markdown for pasting into board papers.
///
/// Charts become their data tables (Markdown has no inline SVG that board-paper tools keep); every page
/// keeps its audience, cycle, provenance and synthetic notice.
enum ReportMarkdown {
    /// The whole page as Markdown.
    static func render(_ page: ReportPage) -> String {
        var parts = ["# \(escape(page.title))"]
        if page.synthetic {
            parts.append("> **\(escape(ReportPage.syntheticNotice))**")
        }
        parts.append(page.headerFacts.map { "- **\($0.0):** \(escape($0.1))" }.joined(separator: "\n"))
        parts.append(escape(page.sourcesSummary))
        for block in page.blocks {
            parts.append(render(block))
        }
        parts.append(render(.heading("Data this page was built from", level: 2)))
        parts.append(page.sourcesTable.markdown())
        return parts.joined(separator: "\n\n") + "\n"
    }

    /// One block as Markdown.
    static func render(_ block: ReportBlock) -> String {
        switch block {
        case .heading(let text, let level):
            return String(repeating: "#", count: min(max(level, 2), 4)) + " " + escape(text)
        case .paragraph(let text):
            return escape(text)
        case .bullets(let items):
            return items.map { "- " + escape($0) }.joined(separator: "\n")
        case .chart(_, let table):
            return "*Chart: \(escape(table.title)); its data:*\n\n" + table.markdown()
        case .figure(_, let text):
            return "*Chart: \(escape(text))*"
        case .table(let table):
            return table.markdown()
        case .links(let links):
            return links.map { "- [\(escape($0.label))](\($0.href))" }.joined(separator: "\n")
        }
    }

    /// `text` with the characters that Markdown would read as formatting escaped.
    static func escape(_ text: String) -> String {
        var result = ""
        for character in text {
            if "\\`*_[]<>#|".contains(character) { result.append("\\") }
            result.append(character)
        }
        return result
    }
}
