/// Builds one locality's summary: where it stands against the region, without naming other localities.
///
/// The only other localities the page names are its own Market Place contacts. Sources are limited to
/// its own files and the regional files; distributions are shown as quartiles without the other
/// localities' values.
enum LocalitySummaryPage {
    /// How many strongest and weakest items the page lists.
    static let itemCount = 5

    /// The summary page of the locality with `code`, with its exported tables.
    static func build(_ data: ReportData, localityCode code: String) -> ReportPage {
        let name = data.localityName(code)
        var blocks: [ReportBlock] = []
        blocks += themes(data, code: code, name: name)
        blocks += items(data, code: code, name: name)
        if let chart = ReportSections.indicatorChart(data, localityCode: code, chartID: "spine") {
            blocks += [
                .heading("Indicators", level: 2),
                .paragraph(
                    "The vertical line is the \(data.regionName) value; better is to the right where an indicator has "
                        + "a polarity. The grey bands show the range and quartiles of the region's localities."),
                chart,
            ]
        }
        blocks += market(data, code: code, name: name)
        blocks += recommendations(data, code: code)
        blocks += followUp(data, code: code)
        var tables: [ReportTable] = []
        for block in blocks {
            switch block {
            case .chart(_, let table), .table(let table): tables.append(table)
            default: break
            }
        }
        return ReportPage(
            path: "localities/\(code)", title: "\(name): summary", audience: "\(name) (this locality only)",
            cycleName: data.cycleName, builtOn: data.builtOn, framework: data.framework, synthetic: data.synthetic,
            sources: ReportSections.sources(data, for: code), blocks: blocks, tables: tables)
    }

    /// The locality's theme scores on the regional box plots, without the other localities' values.
    static func themes(_ data: ReportData, code: String, name: String) -> [ReportBlock] {
        let decimals = ReportSections.percentDecimals
        let rows = data.themes.compactMap { theme -> (ReportTheme, Double?, ReportSpread)? in
            guard let spread = data.themeDistributions.first(where: { $0.themeID == theme.id })?.spread else {
                return nil
            }
            return (theme, data.score(code, theme.id), spread)
        }
        guard !rows.isEmpty else { return [] }
        let table = ReportTable(
            name: "themes", title: "\(name): theme scores against the region (\(ReportSections.themeScoreUnit))",
            columns: [
                "Theme", "Score", "Regional lower quartile", "Regional median", "Regional upper quartile", "Position",
            ],
            rows: rows.map { theme, score, spread in
                [
                    .text(theme.name), .optional(score, decimals: decimals),
                    .number(spread.lowerQuartile, decimals: decimals), .number(spread.median, decimals: decimals),
                    .number(spread.upperQuartile, decimals: decimals), .text(position(score, spread)),
                ]
            })
        let chart = DistributionChart(
            id: "themes", title: "\(name): theme scores against the region",
            summary:
                "For each theme, \(name)'s score (a diamond) on the regional box plot: the box spans the regional "
                + "quartiles, the thick line is the median and the whiskers the lowest and highest score. "
                + "The table below gives the figures.",
            rows: rows.map { theme, score, spread in
                DistributionChart.Row(label: theme.name, spread: spread, points: [], highlight: score)
            }, axisMinimum: 0, axisMaximum: ReportSections.percentMaximum,
            axisLabel: "Theme score (\(ReportSections.themeScoreUnit))", highlightLabel: "\(name)'s score")
        return [.heading("Theme scores", level: 2), .chart(svg: chart.render(), table: table)]
    }

    /// The quartile of the regional distribution `score` lies in, placed as the score card places it.
    static func position(_ score: Double?, _ spread: ReportSpread) -> String {
        guard let score else { return "not rated" }
        return spread.quartile(of: score).description
    }

    /// The locality's highest and lowest rated items with its evidence quoted.
    static func items(_ data: ReportData, code: String, name: String) -> [ReportBlock] {
        let rated = data.itemRatings.enumerated().filter { $0.element.localityCode == code && $0.element.score != nil }
        guard !rated.isEmpty else { return [] }
        let strongest = rated.sorted { ($0.element.score ?? 0, -$0.offset) > ($1.element.score ?? 0, -$1.offset) }
            .prefix(itemCount).map(\.element)
        let weakest = rated.sorted { ($0.element.score ?? 0, $0.offset) < ($1.element.score ?? 0, $1.offset) }
            .prefix(itemCount).map(\.element)
        func table(_ tableName: String, _ title: String, _ ratings: [ReportItemRating]) -> ReportTable {
            ReportTable(
                name: tableName, title: title, columns: ["Item", "Theme", "Statement", "Rating", "Score", "Evidence"],
                rows: ratings.map {
                    [
                        .text($0.itemID), .text(data.themeName($0.themeID)), .text($0.text), .text($0.label),
                        .optional($0.score, decimals: 0),
                        .text($0.evidence.isEmpty ? "(no evidence given)" : "\u{201C}\($0.evidence)\u{201D}"),
                    ]
                })
        }
        return [
            .heading("Strongest and weakest items", level: 2),
            .paragraph("The items \(name) rated highest and lowest, with the evidence it gave in its self-assessment."),
            .table(table("strongest-items", "\(name): strongest items", strongest)),
            .table(table("weakest-items", "\(name): weakest items", weakest)),
        ]
    }

    /// The locality's Market Place contacts: the only other localities the summary names.
    static func market(_ data: ReportData, code: String, name: String) -> [ReportBlock] {
        guard let market = data.market else { return [] }
        let own = market.pairings.filter { $0.requesterCode == code || $0.providerCode == code }
        let table = ReportTable(
            name: "market-contacts", title: "\(name): Market Place contacts",
            columns: ["Role", "Contact", "Theme", "Topic"],
            rows: own.map { pairing in
                let asking = pairing.requesterCode == code
                return [
                    .text(asking ? "you asked; contact offers help" : "you offered; contact asked"),
                    .text(data.localityName(asking ? pairing.providerCode : pairing.requesterCode)),
                    .text(data.themeName(pairing.themeID)), .text(pairing.topic),
                ]
            })
        let asked = own.filter { $0.requesterCode == code }.count
        return [
            .heading("Market Place contacts", level: 2),
            .paragraph(
                "\(name) has \(counted(asked, "contact")) offering help with its requests and "
                    + "\(counted(own.count - asked, "contact")) asking for its offers. Region-wide: "
                    + "\(market.requests) requests and \(market.offers) offers."),
            .table(table),
        ]
    }

    /// `count` with `noun`, plural unless the count is one (`1 contact`, `2 contacts`).
    static func counted(_ count: Int, _ noun: String) -> String {
        count == 1 ? "1 \(noun)" : "\(count) \(noun)s"
    }

    /// The locality's local recommendations and its actions on them.
    static func recommendations(_ data: ReportData, code: String) -> [ReportBlock] {
        let rows = data.recommendations.filter { $0.localityCode == code }
        guard !rows.isEmpty else { return [] }
        let table = ReportTable(
            name: "recommendations", title: "Local recommendations and actions",
            columns: ["Reference", "Recommendation", "Proposed lead", "Status", "Action or evidence", "Updated"],
            rows: rows.map {
                [
                    .text($0.reference), .text($0.text), .text($0.leadBody), .text($0.status), .text($0.action),
                    $0.updatedOn.map { .text($0) } ?? .empty,
                ]
            })
        return [.heading("Local recommendations and actions", level: 2), .table(table)]
    }

    /// The locality's own change per theme since the baseline, with the regional median change.
    static func followUp(_ data: ReportData, code: String) -> [ReportBlock] {
        guard let followUp = data.followUp else { return [] }
        let decimals = ReportSections.scoreDecimals
        let changes = data.themes.compactMap { theme in
            followUp.changes.first { $0.localityCode == code && $0.themeID == theme.id }
        }
        guard !changes.isEmpty else { return [] }
        let table = ReportTable(
            name: "follow-up", title: "Change since \(followUp.baselineCycleName)",
            columns: [
                "Theme", "Baseline mean rating", "Follow-up mean rating", "Change", "Regional median change",
            ],
            rows: changes.map { change in
                [
                    .text(data.themeName(change.themeID)), .number(change.baseline, decimals: decimals),
                    .number(change.followUp, decimals: decimals), .change(change.change, decimals: decimals),
                    followUp.themes.first { $0.themeID == change.themeID }.map {
                        .change($0.medianChange, decimals: decimals)
                    } ?? .empty,
                ]
            })
        return [.heading("Follow-up: change since \(followUp.baselineCycleName)", level: 2), .table(table)]
    }
}
