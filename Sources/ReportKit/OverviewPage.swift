import SLIKit

/// Builds the regional overview: the network lead's picture of the whole cycle.
enum OverviewPage {
    /// The overview page with its exported tables.
    static func build(_ data: ReportData) -> ReportPage {
        var blocks: [ReportBlock] = []
        var tables: [ReportTable] = []
        func add(_ section: [ReportBlock]) {
            blocks += section
            for block in section {
                switch block {
                case .chart(_, let table) where !table.name.hasPrefix("spine-"), .table(let table):
                    tables.append(table)
                default: break
                }
            }
        }
        add(participation(data))
        add(scores(data))
        add(weakestItems(data))
        let indicatorSection = indicators(data)
        add(indicatorSection.blocks)
        tables += indicatorSection.exports
        add(funnel(data))
        add(market(data))
        add(recommendations(data))
        let followUpSection = followUp(data)
        add(followUpSection.blocks)
        tables += followUpSection.exports
        let audience =
            data.published
            ? "Regional network lead and the participating localities (submissions are published)"
            : "Regional network lead only (submissions not yet published to participants)"
        return ReportPage(
            path: "overview", title: "\(data.regionName): regional overview", audience: audience,
            cycleName: data.cycleName, builtOn: data.builtOn, framework: data.framework, synthetic: data.synthetic,
            sources: data.sources, blocks: blocks, tables: tables)
    }

    /// Participation: a sentence with the counts and the table of every locality's status.
    static func participation(_ data: ReportData) -> [ReportBlock] {
        let rows = data.participation
        let accepted = rows.filter { $0.status == .received || $0.status == .late }.count
        let late = rows.filter { $0.status == .late }.count
        let invited = rows.filter { $0.status != .notTakingPart }.count
        let table = ReportTable(
            name: "participation", title: "Participation and submission status",
            columns: [
                "Locality", "Code", "Sub-region", "Status", "Accepted submission received", "Version", "Problems",
            ],
            rows: rows.map { row in
                [
                    .text(data.localityName(row.localityCode)), .text(row.localityCode),
                    .text(data.subRegionName(row.localityCode)), .text(row.status.rawValue),
                    row.submittedOn.map { .text($0) } ?? .empty, row.version.map { .integer($0) } ?? .empty,
                    .integer(row.problemCount),
                ]
            })
        return [
            .heading("Participation", level: 2),
            .paragraph(
                "\(accepted) of \(invited) taking part have an accepted submission (\(late) after the deadline); "
                    + "\(data.localities.count) localities in the region."),
            .table(table),
        ]
    }

    /// Scores: the heatmap of localities by themes and the box plots of each theme's distribution.
    static func scores(_ data: ReportData) -> [ReportBlock] {
        let scored = data.scoredLocalities
        guard !scored.isEmpty else { return [] }
        let decimals = ReportSections.percentDecimals
        let unit = ReportSections.themeScoreUnit
        let scoreTable = ReportTable(
            name: "theme-scores", title: "Theme scores by locality (\(unit))",
            columns: ["Locality"] + data.themes.map(\.name),
            rows: scored.map { locality in
                [.text(locality.name)]
                    + data.themes.map { .optional(data.score(locality.code, $0.id), decimals: decimals) }
            })
        let heatmap = HeatmapChart(
            id: "heatmap", title: "Theme scores by locality",
            summary:
                "Heatmap of \(scored.count) localities by \(data.themes.count) themes; each cell is the theme score "
                + "as a percentage of the scale maximum, as the score card gives it, darker for lower scores. "
                + "The table below gives the same scores.",
            rowLabels: scored.map(\.name), columnLabels: data.themes.map(\.name),
            values: scored.map { locality in data.themes.map { data.score(locality.code, $0.id) } },
            minimum: 0, maximum: ReportSections.percentMaximum, decimals: decimals, valueLabel: "Score (%)")
        let distributions = data.themes.compactMap { theme in
            data.themeDistributions.first { $0.themeID == theme.id }.map { (theme, $0.spread) }
        }
        let distributionTable = ReportTable(
            name: "theme-distribution", title: "Distribution of theme scores across localities (\(unit))",
            columns: ["Theme", "Localities", "Lowest", "Lower quartile", "Median", "Upper quartile", "Highest"],
            rows: distributions.map { theme, spread in
                [
                    .text(theme.name), .integer(spread.count), .number(spread.minimum, decimals: decimals),
                    .number(spread.lowerQuartile, decimals: decimals), .number(spread.median, decimals: decimals),
                    .number(spread.upperQuartile, decimals: decimals), .number(spread.maximum, decimals: decimals),
                ]
            })
        let boxes = DistributionChart(
            id: "distribution", title: "Distribution of theme scores",
            summary:
                "Box plots of the theme scores of the localities, one per theme, with each locality as a dot. "
                + "The table below gives the lowest, quartiles, median and highest score of each theme.",
            rows: distributions.map { theme, spread in
                DistributionChart.Row(
                    label: theme.name, spread: spread,
                    points: data.themeScores.filter { $0.themeID == theme.id }.compactMap(\.score), highlight: nil)
            }, axisMinimum: 0, axisMaximum: ReportSections.percentMaximum, axisLabel: "Theme score (\(unit))",
            highlightLabel: nil)
        var blocks: [ReportBlock] = [
            .heading("Self-assessment scores", level: 2), .chart(svg: heatmap.render(), table: scoreTable),
        ]
        if !distributions.isEmpty {
            blocks.append(.chart(svg: boxes.render(), table: distributionTable))
        }
        return blocks
    }

    /// The weakest items region-wide, as the input lists them.
    static func weakestItems(_ data: ReportData) -> [ReportBlock] {
        guard !data.weakestItems.isEmpty else { return [] }
        let table = ReportTable(
            name: "weakest-items", title: "Weakest items region-wide",
            columns: [
                "Item", "Theme", "Statement", "Mean rating (0 to \(ReportNumber.text(data.maximumScore, decimals: 0)))",
                "Localities rating it", "Rated 0 or 1",
            ],
            rows: data.weakestItems.map { item in
                [
                    .text(item.itemID), .text(data.themeName(item.themeID)), .text(item.text),
                    .number(item.meanScore, decimals: ReportSections.scoreDecimals), .integer(item.ratedCount),
                    .integer(item.lowCount),
                ]
            })
        return [.heading("Weakest items region-wide", level: 2), .table(table)]
    }

    /// Indicators: the summary table and a spine chart per locality; exports the table of all values.
    static func indicators(_ data: ReportData) -> (blocks: [ReportBlock], exports: [ReportTable]) {
        guard !data.indicators.isEmpty else { return ([], []) }
        let decimals = ReportSections.indicatorDecimals
        let summary = ReportTable(
            name: "indicators", title: "Indicators: regional and England values and the spread of localities",
            columns: [
                "Indicator", "Period", "Unit", "Polarity", data.regionName, "England", "Lowest", "Lower quartile",
                "Median", "Upper quartile", "Highest",
            ],
            rows: data.indicators.map { indicator in
                let spread = indicator.spread
                return [
                    .text(indicator.name), .text(indicator.period), .text(indicator.unit),
                    .text(indicator.polarity.rawValue), .number(indicator.regionValue, decimals: decimals),
                    .optional(indicator.englandValue, decimals: decimals),
                    .optional(spread?.minimum, decimals: decimals),
                    .optional(spread?.lowerQuartile, decimals: decimals),
                    .optional(spread?.median, decimals: decimals), .optional(spread?.upperQuartile, decimals: decimals),
                    .optional(spread?.maximum, decimals: decimals),
                ]
            })
        let all = ReportTable(
            name: "indicator-values", title: "Indicator values by locality",
            columns: ["Locality", "Code"] + ReportSections.indicatorTable(data, localityCode: "", name: "").columns,
            rows: data.localities.flatMap { locality in
                ReportSections.indicatorTable(data, localityCode: locality.code, name: "").rows.map {
                    [.text(locality.name), .text(locality.code)] + $0
                }
            })
        var blocks: [ReportBlock] = [
            .heading("Indicators", level: 2),
            .paragraph(
                "Each locality's indicators as a compact spine chart: the vertical line is the \(data.regionName) "
                    + "value, better is to the right where an indicator has a polarity, the light band is the range "
                    + "of the localities' values, the dark band their quartiles and the dashed tick England. The "
                    + "marker shows the comparison with the region: a blue square better, a vermillion diamond "
                    + "worse, a white circle similar, a purple triangle higher or lower, larger beyond the 99.8% "
                    + "level. Each value with its interval and method is in the locality's summary and in the "
                    + "exported table of indicator values by locality."),
            .table(summary),
        ]
        for locality in data.localities {
            if let chart = ReportSections.spineChart(
                data, localityCode: locality.code, chartID: "spine-\(locality.code)", compact: true)
            {
                blocks.append(.figure(svg: chart.render(), text: "Indicators: \(locality.name)"))
            }
        }
        return (blocks, [all])
    }

    /// The funnel plot with its points table, when the data hold one.
    ///
    /// The table gives each locality's limits at its own denominator and its position tested there, which
    /// is what its marker shows.
    static func funnel(_ data: ReportData) -> [ReportBlock] {
        guard let funnel = data.funnel else { return [] }
        let points = funnel.points.map {
            FunnelChart.Point(
                label: data.localityName($0.localityCode), denominator: Double($0.denominator), rate: $0.rate,
                position: $0.position)
        }
        let table = ReportTable(
            name: "funnel", title: "\(funnel.title): points of the funnel plot",
            columns: [
                "Locality", "Count", funnel.denominatorName.capitalizedFirst, "Rate (\(funnel.unit))",
                "Lower 99.8% limit", "Lower 95% limit", "Upper 95% limit", "Upper 99.8% limit", "Position",
            ],
            rows: zip(funnel.points, points).map { point, chartPoint in
                [
                    .text(chartPoint.label), .integer(point.count), .integer(point.denominator),
                    .number(point.rate, decimals: 2), .number(point.limits.lower998, decimals: 2),
                    .number(point.limits.lower95, decimals: 2), .number(point.limits.upper95, decimals: 2),
                    .number(point.limits.upper998, decimals: 2), .text(point.position.rawValue),
                ]
            })
        let outside = points.filter { $0.position.band > 0 }.count
        let chart = FunnelChart(
            id: "funnel", title: "\(funnel.title): funnel plot",
            summary:
                "Funnel plot of \(points.count) localities' rates \(funnel.unit) against their \(funnel.denominatorName), "
                + "with the pooled regional rate of \(ReportNumber.text(funnel.pooledRate, decimals: 2)) and 95% and "
                + "99.8% control limits. \(outside) localities lie outside the 95% limits.",
            points: points, pooledRate: funnel.pooledRate, lines: funnel.lines,
            xLabel: funnel.denominatorName.capitalizedFirst, yLabel: "Rate \(funnel.unit)")
        return [
            .heading(funnel.title, level: 2),
            .paragraph(
                "Pooled regional rate \(ReportNumber.text(funnel.pooledRate, decimals: 2)) \(funnel.unit). "
                    + "Points outside the limits are labelled. Each locality's position is tested at its own "
                    + "\(funnel.denominatorName) by the interval its verdicts use (Byar's method from 10 events, "
                    + "exact Poisson below), so it agrees with its verdict against the pooled rate; the table "
                    + "gives the limits at that denominator. The lines are drawn as Fingertips draws them."),
            .chart(svg: chart.render(), table: table),
        ]
    }

    /// The Market Place: totals, requests and offers by theme, and the pairings.
    static func market(_ data: ReportData) -> [ReportBlock] {
        guard let market = data.market else { return [] }
        let counts = data.themes.compactMap { theme in market.themeCounts.first { $0.themeID == theme.id } }
        let countTable = ReportTable(
            name: "market-themes", title: "Market Place requests and offers by theme",
            columns: ["Theme", "Requests", "Offers"],
            rows: counts.map { [.text(data.themeName($0.themeID)), .integer($0.requests), .integer($0.offers)] })
        let chart = BarChart(
            id: "market", title: "Market Place requests and offers by theme",
            summary:
                "Bar chart of requests for information and offers of support on each theme; \(market.requests) "
                + "requests and \(market.offers) offers in all.",
            categories: counts.map { data.themeName($0.themeID) },
            series: [
                BarChart.Series(name: "requests", values: counts.map { Double($0.requests) }),
                BarChart.Series(name: "offers", values: counts.map { Double($0.offers) }),
            ], axisLabel: "Number of requests or offers")
        let pairings = ReportTable(
            name: "market-pairings", title: "Market Place pairings",
            columns: ["Asking locality", "Offering locality", "Theme", "Topic"],
            rows: market.pairings.map {
                [
                    .text(data.localityName($0.requesterCode)), .text(data.localityName($0.providerCode)),
                    .text(data.themeName($0.themeID)), .text($0.topic),
                ]
            })
        return [
            .heading("Market Place", level: 2),
            .paragraph(
                "\(market.requests) requests for information and \(market.offers) offers of support; "
                    + "\(market.matchedRequests) requests matched with an offer, \(market.pairings.count) pairings."),
            .chart(svg: chart.render(), table: countTable),
            .table(pairings),
        ]
    }

    /// The tracker: regional recommendations by lead body and status, and local ones counted by status.
    static func recommendations(_ data: ReportData) -> [ReportBlock] {
        let regional = data.recommendations.filter { $0.localityCode == nil }
        let local = data.recommendations.filter { $0.localityCode != nil }
        guard !regional.isEmpty || !local.isEmpty else { return [] }
        var blocks: [ReportBlock] = [.heading("Recommendations", level: 2)]
        let known = ["not started", "planned", "in progress", "partly done", "done", "completed"]
        let statuses = ordered(data.recommendations.map(\.status)).sorted {
            (known.firstIndex(of: $0) ?? known.count, $0) < (known.firstIndex(of: $1) ?? known.count, $1)
        }
        if !regional.isEmpty {
            func bodies(_ recommendation: ReportRecommendation) -> [String] {
                TrackedRecommendation.leadBodies(in: recommendation.leadBody)
            }
            let allBodies = ordered(regional.flatMap(bodies)).sorted()
            let chart = BarChart(
                id: "tracker", title: "Regional recommendations by lead body and status",
                summary:
                    "Bar chart of the \(regional.count) regional recommendations, counted by proposed lead body and "
                    + "progress status; a recommendation with joint leads counts under each body it names. "
                    + "The table below lists each recommendation.",
                categories: allBodies,
                series: statuses.map { status in
                    BarChart.Series(
                        name: status,
                        values: allBodies.map { body in
                            Double(regional.filter { bodies($0).contains(body) && $0.status == status }.count)
                        })
                }, axisLabel: "Number of recommendations")
            let table = ReportTable(
                name: "recommendations-regional", title: "Regional recommendation tracker by lead body",
                columns: ["Lead body", "Reference", "Recommendation", "Status", "Action or evidence", "Updated"],
                rows: regional.enumerated().sorted {
                    ($0.element.leadBody, $0.offset) < ($1.element.leadBody, $1.offset)
                }
                .map(\.element).map {
                    [
                        .text($0.leadBody), .text($0.reference), .text($0.text), .text($0.status), .text($0.action),
                        $0.updatedOn.map { .text($0) } ?? .empty,
                    ]
                })
            blocks += [.heading("Regional recommendations", level: 3), .chart(svg: chart.render(), table: table)]
        }
        if !local.isEmpty {
            let references = ordered(local.map(\.reference))
            let table = ReportTable(
                name: "recommendations-local", title: "Local recommendations: localities by status",
                columns: ["Reference", "Recommendation", "Proposed lead"] + statuses,
                rows: references.map { reference in
                    let rows = local.filter { $0.reference == reference }
                    return [.text(reference), .text(rows.first?.text ?? ""), .text(rows.first?.leadBody ?? "")]
                        + statuses.map { status in .integer(rows.filter { $0.status == status }.count) }
                })
            blocks += [.heading("Local recommendations", level: 3), .table(table)]
        }
        return blocks
    }

    /// The change since the baseline by theme and the rest of what the follow-up evaluation gives; exports the
    /// paired changes per locality.
    static func followUp(_ data: ReportData) -> (blocks: [ReportBlock], exports: [ReportTable]) {
        guard let followUp = data.followUp else { return ([], []) }
        let themes = data.themes.compactMap { theme in followUp.themes.first { $0.themeID == theme.id } }
        let table = ReportTable(
            name: "follow-up-themes", title: "Change since \(followUp.baselineCycleName) by theme",
            columns: [
                "Theme", "Localities in both cycles", "Median change in mean rating", "Improved", "Declined",
                "Wilcoxon p",
            ],
            rows: themes.map {
                [
                    .text(data.themeName($0.themeID)), .integer($0.pairedCount),
                    .change($0.medianChange, decimals: ReportSections.scoreDecimals), .integer($0.improved),
                    .integer($0.declined), .pValue($0.pValue),
                ]
            })
        let chart = BarChart(
            id: "follow-up", title: "Localities improved and declined since \(followUp.baselineCycleName)",
            summary:
                "Bar chart of how many localities scored higher and lower on each theme than in the baseline cycle. "
                + "The table below gives the median change in mean rating over the items rated in both cycles "
                + "(on the framework's scale, as the follow-up compares them) and the Wilcoxon signed-rank test.",
            categories: themes.map { data.themeName($0.themeID) },
            series: [
                BarChart.Series(name: "improved", values: themes.map { Double($0.improved) }),
                BarChart.Series(name: "declined", values: themes.map { Double($0.declined) }),
            ], axisLabel: "Number of localities")
        let changes = ReportTable(
            name: "follow-up-changes", title: "Paired change by locality and theme",
            columns: ["Locality", "Theme", "Baseline mean rating", "Follow-up mean rating", "Change"],
            rows: followUp.changes.map {
                [
                    .text(data.localityName($0.localityCode)), .text(data.themeName($0.themeID)),
                    .number($0.baseline, decimals: ReportSections.scoreDecimals),
                    .number($0.followUp, decimals: ReportSections.scoreDecimals),
                    .change($0.change, decimals: ReportSections.scoreDecimals),
                ]
            })
        let detail = followUpDetail(followUp, data: data)
        return (
            [
                .heading("Follow-up: change since \(followUp.baselineCycleName)", level: 2),
                .chart(svg: chart.render(), table: table),
            ] + detail.blocks, [changes] + detail.exports
        )
    }

    /// The distinct values of `values` in the order they first appear.
    static func ordered(_ values: [String]) -> [String] {
        var seen: Set<String> = []
        return values.filter { seen.insert($0).inserted }
    }
}
