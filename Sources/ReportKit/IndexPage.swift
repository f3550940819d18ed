/// Builds the pack's contents page: links to every page and table, all relative to the report folder.
enum IndexPage {
    /// The contents page linking to `pages` (written with `fileExtension`) and the overview's tables.
    static func build(_ data: ReportData, pages: [ReportPage], fileExtension: String) -> ReportPage {
        let overview = pages.filter { $0.path == "overview" }
        let localities = pages.filter { $0.path.hasPrefix("localities/") }
        var blocks: [ReportBlock] = [
            .paragraph(
                "The peer-review pack of \(data.cycleName): the regional overview for the network lead and one "
                    + "summary per locality, each for that locality alone. Every table is also in the tables folder "
                    + "as CSV and JSON."),
            .heading("Regional overview", level: 2),
            .links(overview.map { ReportLink(path: $0.path, fileExtension: fileExtension, label: $0.title) }),
            .heading("Locality summaries", level: 2),
            .links(localities.map { ReportLink(path: $0.path, fileExtension: fileExtension, label: $0.title) }),
            .heading("Tables", level: 2),
        ]
        let tables = overview.flatMap(\.tables)
        blocks.append(
            .links(
                tables.flatMap { table in
                    ["csv", "json"].map {
                        ReportLink(path: "tables/\(table.name)", fileExtension: $0, label: "\(table.title) (\($0))")
                    }
                }))
        if !localities.isEmpty {
            blocks.append(
                .paragraph("Each locality's own tables are in tables/localities/, in a folder named after its code."))
        }
        return ReportPage(
            path: "index", title: "\(data.cycleName): peer-review pack",
            audience: "Regional network lead (the whole pack; hand each locality its own summary)",
            cycleName: data.cycleName, builtOn: data.builtOn, framework: data.framework, synthetic: data.synthetic,
            sources: data.sources, blocks: blocks)
    }
}
