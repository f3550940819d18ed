/// Renders report pages as self-contained XHTML-compatible HTML: inline CSS and SVG, no scripts, no
/// fonts, images or links outside the report folder.
///
/// Void elements are self-closed and only the five XML character references are used, so each page
/// also parses as XML.
enum ReportHTML {
    /// The style sheet every page carries; `@media print` fits A4 portrait and keeps charts and tables whole.
    static let styleSheet = """
        body { font-family: Helvetica, Arial, sans-serif; color: #1A1A1A; margin: 0 auto; max-width: 760px;
          padding: 16px; line-height: 1.4; font-size: 15px; }
        h1 { font-size: 24px; margin: 0 0 8px 0; }
        h2 { font-size: 19px; margin: 28px 0 8px 0; border-bottom: 2px solid #0072B2; padding-bottom: 2px; }
        h3 { font-size: 16px; margin: 18px 0 6px 0; }
        dl.facts { display: grid; grid-template-columns: max-content auto; gap: 2px 12px; margin: 8px 0; }
        dl.facts dt { font-weight: bold; }
        dl.facts dd { margin: 0; }
        p.synthetic { border: 2px solid #D55E00; background: #FFF4EC; padding: 6px 10px; font-weight: bold; }
        nav { font-size: 14px; margin-bottom: 12px; }
        figure { margin: 16px 0; }
        figure.compact { margin: 2px 0; }
        svg.chart { width: 100%; max-width: 720px; height: auto; display: block; }
        table { border-collapse: collapse; margin: 8px 0 16px 0; font-size: 13px; width: calc(100% - 2px); }
        caption { text-align: left; font-weight: bold; padding: 4px 0; }
        th, td { border: 1px solid #BDBDBD; padding: 3px 6px; text-align: left; vertical-align: top; }
        th { background: #EEF3F8; }
        td.num { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
        td.date { white-space: nowrap; }
        figure table { font-size: 12px; }
        ul.pages li { margin: 2px 0; }
        @page { size: A4 portrait; margin: 14mm; }
        @media print {
          body { max-width: none; padding: 0; font-size: 11pt; }
          nav { display: none; }
          svg.chart, p.synthetic, dl.facts, caption { page-break-inside: avoid; break-inside: avoid; }
          caption, svg.chart { page-break-after: avoid; break-after: avoid; }
          figure.compact svg.chart { page-break-after: auto; break-after: auto; }
          h2, h3 { page-break-after: avoid; break-after: avoid; }
          tr { page-break-inside: avoid; break-inside: avoid; }
          thead { display: table-header-group; }
        }
        """

    /// The whole page as an HTML document.
    static func render(_ page: ReportPage) -> String {
        var lines = [
            "<!DOCTYPE html>",
            "<html lang=\"en\">",
            "<head>",
            "<meta charset=\"utf-8\"/>",
            "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"/>",
            "<title>\(Markup.escape(page.title))</title>",
            "<style>",
            styleSheet,
            "</style>",
            "</head>",
            "<body>",
        ]
        if page.path != "index" {
            lines.append("<nav><a href=\"\(page.rootPrefix)index.html\">Contents of the pack</a></nav>")
        }
        lines.append("<header>")
        lines.append("<h1>\(Markup.escape(page.title))</h1>")
        if page.synthetic {
            lines.append("<p class=\"synthetic\">\(Markup.escape(ReportPage.syntheticNotice))</p>")
        }
        lines.append("<dl class=\"facts\">")
        for (term, detail) in page.headerFacts {
            lines.append("<dt>\(Markup.escape(term))</dt><dd>\(Markup.escape(detail))</dd>")
        }
        lines.append("</dl>")
        lines.append("<p>\(Markup.escape(page.sourcesSummary))</p>")
        lines.append("</header>")
        lines.append("<main>")
        for block in page.blocks {
            lines.append(render(block))
        }
        lines.append("</main>")
        lines.append("<footer>")
        lines.append(render(.heading("Data this page was built from", level: 2)))
        lines.append(page.sourcesTable.html())
        lines.append("</footer>")
        lines.append("</body>")
        lines.append("</html>")
        return lines.joined(separator: "\n") + "\n"
    }

    /// One block as HTML.
    static func render(_ block: ReportBlock) -> String {
        switch block {
        case .heading(let text, let level):
            let tag = "h\(min(max(level, 2), 4))"
            return "<\(tag)>\(Markup.escape(text))</\(tag)>"
        case .paragraph(let text):
            return "<p>\(Markup.escape(text))</p>"
        case .bullets(let items):
            return "<ul>" + items.map { "<li>\(Markup.escape($0))</li>" }.joined() + "</ul>"
        case .chart(let svg, let table):
            return "<figure>\n\(svg)\n\(table.html())\n</figure>"
        case .figure(let svg, _):
            return "<figure class=\"compact\">\n\(svg)\n</figure>"
        case .table(let table):
            return table.html()
        case .links(let links):
            return "<ul class=\"pages\">"
                + links.map { "<li><a href=\"\(Markup.escape($0.href))\">\(Markup.escape($0.label))</a></li>" }.joined()
                + "</ul>"
        }
    }
}
