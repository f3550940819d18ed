/// Pieces that the overview and the locality summaries share.
enum ReportSections {
    /// Decimals for mean item ratings and changes on the framework's scale.
    static let scoreDecimals = 2
    /// Decimals for theme scores, which are percentages of the scale maximum as the score card gives them.
    static let percentDecimals = 1
    /// The top of the theme score axis: a theme score is a percentage of the scale maximum.
    static let percentMaximum = 100.0
    /// What a theme score is, for axis labels, legends and table titles.
    static let themeScoreUnit = "% of the scale maximum"
    /// Decimals for indicator values and intervals.
    static let indicatorDecimals = 1

    /// The table of one locality's indicator values with intervals and verdicts.
    static func indicatorTable(_ data: ReportData, localityCode: String, name: String) -> ReportTable {
        let values = data.indicatorValues.filter { $0.localityCode == localityCode }
        return ReportTable(
            name: name, title: "Indicators: \(data.localityName(localityCode))",
            columns: [
                "Indicator", "Unit", "Value", "95% CI lower", "95% CI upper", "Compared with \(data.regionName)",
                "Compared with England", "Method",
            ],
            rows: values.map { value in
                let indicator = data.indicator(value.indicatorID)
                let label = indicator.map { "\($0.name) (\($0.period))" } ?? value.indicatorID
                return [
                    .text(label), .text(indicator?.unit ?? ""), .number(value.value, decimals: indicatorDecimals),
                    .number(value.lower, decimals: indicatorDecimals),
                    .number(value.upper, decimals: indicatorDecimals),
                    .text(ReportData.verdict(value, against: data.regionName)?.outcome.rawValue ?? "n/a"),
                    .text(ReportData.verdict(value, against: "England")?.outcome.rawValue ?? "n/a"),
                    .text(OverviewPage.ordered(value.verdicts.map(\.method)).joined(separator: "; ")),
                ]
            })
    }

    /// The spine chart of one locality's indicators, compact or with its legend, or nil when it has no values.
    static func spineChart(_ data: ReportData, localityCode: String, chartID: String, compact: Bool) -> SpineChart? {
        let values = data.indicatorValues.filter { $0.localityCode == localityCode }
        guard !values.isEmpty else { return nil }
        let name = data.localityName(localityCode)
        let rows = values.compactMap { value -> SpineChart.Row? in
            guard let indicator = data.indicator(value.indicatorID) else { return nil }
            let regional = ReportData.verdict(value, against: data.regionName)
            return SpineChart.Row(
                label: indicator.name,
                valueText: ReportNumber.text(value.value, decimals: indicatorDecimals) + unitSuffix(indicator.unit),
                value: value.value, regionValue: indicator.regionValue, englandValue: indicator.englandValue,
                spread: indicator.spread, polarity: indicator.polarity, outcome: regional?.outcome ?? .notCompared)
        }
        let worse = values.filter {
            [.worse, .worst].contains(ReportData.verdict($0, against: data.regionName)?.outcome)
        }
        let better = values.filter {
            [.better, .best].contains(ReportData.verdict($0, against: data.regionName)?.outcome)
        }
        let chart = SpineChart(
            id: chartID, title: compact ? name : "Indicators: \(name) against \(data.regionName)",
            summary:
                "Spine chart of \(values.count) indicators for \(name), each placed against the range and quartiles "
                + "of the region's localities, centred on the regional value. \(better.count) better and "
                + "\(worse.count) worse than the region; "
                + (compact
                    ? "the exported table of indicator values by locality gives every value with its interval."
                    : "the table below gives every value with its interval."),
            rows: rows, regionName: data.regionName, compact: compact)
        return chart
    }

    /// The spine chart of one locality's indicators with its data table, or nil when it has no values.
    static func indicatorChart(_ data: ReportData, localityCode: String, chartID: String) -> ReportBlock? {
        guard let chart = spineChart(data, localityCode: localityCode, chartID: chartID, compact: false) else {
            return nil
        }
        return .chart(
            svg: chart.render(), table: indicatorTable(data, localityCode: localityCode, name: "\(chartID)-table"))
    }

    /// The unit as a suffix of a value: `%` sticks to the number, other units are left to the table.
    static func unitSuffix(_ unit: String) -> String {
        unit == "%" ? "%" : ""
    }

    /// The sources a locality's page may cite: its own files and the regional files.
    static func sources(_ data: ReportData, for localityCode: String?) -> [ReportSource] {
        guard let localityCode else { return data.sources }
        return data.sources.filter { $0.localityCode == nil || $0.localityCode == localityCode }
    }
}
