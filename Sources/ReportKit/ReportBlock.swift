/// One piece of a report page, rendered as HTML or Markdown.
enum ReportBlock: Sendable, Hashable {
    /// A section heading (level 2) or sub-heading (level 3).
    case heading(String, level: Int)
    /// A paragraph of text.
    case paragraph(String)
    /// A list of short points.
    case bullets([String])
    /// A chart (SVG markup drawn by the chart types) with the table of its data below it.
    case chart(svg: String, table: ReportTable)
    /// A compact chart whose figures are in a table elsewhere; `text` stands for it in Markdown.
    case figure(svg: String, text: String)
    /// A table on its own.
    case table(ReportTable)
    /// Links to other files of the report folder (relative paths).
    case links([ReportLink])
}
