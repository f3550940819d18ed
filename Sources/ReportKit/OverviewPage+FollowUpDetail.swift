import SLIKit

extension OverviewPage {
    /// The rest of what the follow-up evaluation gives, below the change by theme: who took part in one cycle only,
    /// how items changed, the local recommendations implemented, the regional recommendations' progress
    /// and the indicator changes. The items that changed, theme by theme, are exported only.
    static func followUpDetail(_ followUp: ReportFollowUp, data: ReportData) -> (
        blocks: [ReportBlock], exports: [ReportTable]
    ) {
        var blocks: [ReportBlock] = []
        func names(_ codes: [String]) -> String {
            codes.isEmpty ? "none" : codes.map(data.localityName).joined(separator: ", ")
        }
        blocks.append(
            .paragraph(
                "Took part in \(followUp.baselineCycleName) only: \(names(followUp.baselineOnly)). "
                    + "Took part in \(data.cycleName) only: \(names(followUp.followUpOnly))."))
        let localities = OverviewPage.ordered(followUp.itemChanges.map(\.localityCode))
        let counts = ReportTable(
            name: "follow-up-items", title: "Item ratings by kind of change, by locality",
            columns: ["Locality"] + RatingChange.allCases.map { $0.label.capitalizedFirst },
            rows: localities.map { code in
                let changes = followUp.itemChanges.filter { $0.localityCode == code }
                return [.text(data.localityName(code))]
                    + RatingChange.allCases.map { kind in .integer(changes.count { $0.change == kind }) }
            })
        let shown: [RatingChange] = [.improved, .declined, .newlyAnswered, .noLongerAnswered]
        let detail = ReportTable(
            name: "follow-up-items-changed", title: "Items that changed, by locality and theme",
            columns: ["Locality", "Theme"] + shown.map { $0.label.capitalizedFirst },
            rows: localities.flatMap { code in
                data.themes.compactMap { theme -> [ReportCell]? in
                    let changes = followUp.itemChanges.filter { $0.localityCode == code && $0.themeID == theme.id }
                    let cells = shown.map { kind in
                        changes.filter { $0.change == kind }.map(\.itemID).joined(separator: " ")
                    }
                    guard cells.contains(where: { !$0.isEmpty }) else { return nil }
                    return [.text(data.localityName(code)), .text(theme.name)] + cells.map(ReportCell.text)
                }
            })
        let implementation = ReportTable(
            name: "follow-up-implementation", title: "Local recommendations implemented",
            columns: ["Locality", "Completed", "Of", "Share completed (%)"],
            rows: followUp.implementation.map { entry in
                [
                    .text(data.localityName(entry.localityCode)),
                    entry.completed.map { .integer($0) } ?? .text("no action plan"), .integer(entry.total),
                    entry.share.map { .number($0 * 100, decimals: 0) } ?? .empty,
                ]
            })
        blocks += [.heading("Item ratings since \(followUp.baselineCycleName)", level: 3), .table(counts)]
        blocks += [.heading("Local recommendations implemented", level: 3), .table(implementation)]
        let regional = followUp.regional
        let total = regional.values.reduce(0, +)
        let others = RecommendationStatus.allCases.filter { $0 != .completed }.map {
            "\($0.label) \(regional[$0] ?? 0)"
        }
        blocks.append(
            .paragraph(
                "Regional recommendations completed: \(regional[.completed] ?? 0) of \(total) ("
                    + others.joined(separator: ", ") + ", overdue \(followUp.regionalOverdue))."))
        blocks.append(.heading("Indicator changes", level: 3))
        if followUp.indicatorChanges.isEmpty {
            blocks.append(
                .paragraph(
                    "No indicator has figures in both cycles"
                        + (followUp.indicatorsInOneCycle > 0
                            ? " (\(followUp.indicatorsInOneCycle) values are in one cycle only)." : ".")))
            return (blocks, [detail])
        }
        let indicators = ReportTable(
            name: "follow-up-indicators", title: "Indicator values in both cycles",
            columns: ["Indicator", "Area", "Baseline", "Follow-up", "Change"],
            rows: followUp.indicatorChanges.map { change in
                [
                    .text(data.indicator(change.key.indicatorID)?.name ?? change.key.indicatorID),
                    .text(data.localityName(change.key.localityCode)),
                    .number(change.baseline, decimals: ReportSections.indicatorDecimals),
                    .number(change.followUp, decimals: ReportSections.indicatorDecimals),
                    .change(change.change, decimals: ReportSections.indicatorDecimals),
                ]
            })
        blocks.append(.table(indicators))
        if followUp.indicatorsInOneCycle > 0 {
            blocks.append(.paragraph("\(followUp.indicatorsInOneCycle) indicator values are in one cycle only."))
        }
        return (blocks, [detail])
    }
}
