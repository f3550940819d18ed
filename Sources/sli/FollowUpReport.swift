import Foundation
import SLIKit
import SpreadsheetKit

/// A follow-up evaluation written as a table, CSV or JSON.
struct FollowUpReport {
    var result: FollowUp
    var region: Region
    var baseline: String
    var followUp: String
    var asOf: Date
    /// The cycles not yet published, whose submissions may still change.
    var unpublished: [String] = []
    /// The cycles that hold no indicator figures (and were given no file of them).
    var withoutIndicators: [String] = []

    /// A number to 4 significant figures.
    static func figure(_ value: Double?) -> String {
        guard let value else { return "" }
        return String(format: "%.4g", value)
    }

    private func rating(_ rating: Rating?) -> String {
        switch rating {
        case .level(let value): String(value)
        case .notApplicable: "N/A"
        case nil: ""
        }
    }

    private func names(_ codes: [String]) -> String {
        codes.isEmpty ? "none" : codes.map(region.localityLabel).joined(separator: ", ")
    }

    private func testText(_ test: WilcoxonSignedRank) -> [String] {
        guard test.isTested else {
            return [
                String(test.n), Self.figure(test.statistic),
                "too few to test (n < \(WilcoxonSignedRank.minimumSampleSize))", "",
            ]
        }
        return [String(test.n), Self.figure(test.statistic), Self.figure(test.z), Self.figure(test.p)]
    }

    /// The evaluation for the terminal.
    func table() -> String {
        var text = "follow-up \(followUp) against baseline \(baseline) (framework \(result.frameworkID)), "
        text += "status as of \(ISODateText.format(asOf))\n"
        if !unpublished.isEmpty {
            text += "not yet published (figures may still change): \(unpublished.joined(separator: ", "))\n"
        }
        text += "localities in both cycles: \(result.paired.count)\n"
        text += "baseline only: \(names(result.baselineOnly))\nfollow-up only: \(names(result.followUpOnly))\n\n"
        text += "themes: change per locality = mean follow-up rating - mean baseline rating over items rated in both\n"
        text += TextTable.render(
            ["theme", "localities", "median change", "n", "W", "z", "p"],
            result.themes.map { theme in
                [theme.themeName, String(theme.localities.count), Self.figure(theme.medianChange)]
                    + testText(theme.test)
            })
        text += "\nitem changes by locality (counts)\n"
        text += TextTable.render(
            ["locality"] + RatingChange.allCases.map(\.label),
            result.paired.map { code in
                let changes = result.itemChanges(localityCode: code).map(\.change)
                return [region.localityLabel(code)]
                    + RatingChange.allCases.map { kind in String(changes.filter { $0 == kind }.count) }
            })
        let shown: [RatingChange] = [.improved, .declined, .newlyAnswered, .noLongerAnswered]
        var detail: [[String]] = []
        for code in result.paired {
            for theme in result.themes {
                let changes = result.itemChanges(localityCode: code).filter { $0.themeID == theme.themeID }
                let cells = shown.map { kind in
                    changes.filter { $0.change == kind }.map(\.itemID).joined(separator: " ")
                }
                if cells.contains(where: { !$0.isEmpty }) {
                    detail.append([region.localityLabel(code), theme.themeName] + cells)
                }
            }
        }
        text += "\nitems that changed, by locality and theme\n"
        text += TextTable.render(["locality", "theme"] + shown.map(\.label), detail)
        text += "\nlocal recommendations implemented\n"
        text += TextTable.render(
            ["locality", "completed", "share"],
            result.implementation.map { entry in
                [
                    region.localityLabel(entry.localityCode),
                    entry.completed.map { "\($0) of \(entry.total)" } ?? "no action plan",
                    entry.share.map { String(format: "%.0f%%", $0 * 100) } ?? "",
                ]
            })
        let regional = result.regional
        text += "\nregional recommendations completed: \(regional.count(.completed)) of \(regional.total)"
        text += " (in progress \(regional.count(.inProgress)), not started \(regional.count(.notStarted)), "
        text += "not taken forward \(regional.count(.notTakenForward)), overdue \(regional.overdue))\n"
        if !withoutIndicators.isEmpty {
            let cycles = withoutIndicators.map { "\"\($0)\"" }.joined(separator: " and ")
            text += "\nindicator changes: cycle\(withoutIndicators.count == 1 ? "" : "s") \(cycles) "
            text += "\(withoutIndicators.count == 1 ? "has" : "have") no indicator figures; import them with "
            text += "sli indicators import --cycle \(withoutIndicators[0]) FILE (or give --baseline-indicators and "
            text += "--followup-indicators)\n"
        } else if !result.indicatorChanges.isEmpty || !result.indicatorsInOneCycle.isEmpty {
            text += "\nindicator changes\n"
            text += TextTable.render(
                ["indicator", "area", "baseline", "follow-up", "change"],
                result.indicatorChanges.map { change in
                    [
                        change.key.indicatorID, change.key.localityCode, Self.figure(change.baseline),
                        Self.figure(change.followUp), Self.figure(change.change),
                    ]
                })
            if !result.indicatorsInOneCycle.isEmpty {
                let keys = result.indicatorsInOneCycle.map { "\($0.indicatorID) \($0.localityCode)" }
                text += "in one cycle only: \(keys.joined(separator: ", "))\n"
            }
        }
        return text
    }

    /// The evaluation as CSV: one row per item change, theme, locality's implementation, regional
    /// summary, indicator change and locality in one cycle only, told apart by the first column.
    func csv() -> String {
        var rows: [[String]] = [
            ["section", "locality", "theme", "item", "baseline", "follow_up", "change", "n", "w", "z", "p"]
        ]
        rows += result.baselineOnly.map { ["baseline-only", $0, "", "", "", "", "", "", "", "", ""] }
        rows += result.followUpOnly.map { ["follow-up-only", $0, "", "", "", "", "", "", "", "", ""] }
        rows += result.itemChanges.map { change in
            [
                "item", change.localityCode, change.themeID, change.itemID, rating(change.baseline),
                rating(change.followUp),
                change.change.rawValue, "", "", "", "",
            ]
        }
        rows += result.themes.map { theme in
            [
                "theme", "", theme.themeID, "", "", "", Self.figure(theme.medianChange), String(theme.test.n),
                Self.figure(theme.test.statistic), Self.figure(theme.test.z), Self.figure(theme.test.p),
            ]
        }
        rows += result.implementation.map { entry in
            [
                "implementation", entry.localityCode, "", "", entry.completed.map(String.init) ?? "",
                String(entry.total),
                Self.figure(entry.share), "", "", "", "",
            ]
        }
        rows.append([
            "regional", "", "", "", String(result.regional.count(.completed)), String(result.regional.total),
            Self.figure(result.regional.completedShare), "", "", "", "",
        ])
        rows += result.indicatorChanges.map { change in
            [
                "indicator", change.key.localityCode, "", change.key.indicatorID, Self.figure(change.baseline),
                Self.figure(change.followUp), Self.figure(change.change), "", "", "", "",
            ]
        }
        return rows.map { $0.map(DelimitedText.field).joined(separator: ",") }.joined(separator: "\n") + "\n"
    }

    /// The evaluation as a JSON object.
    func json() throws -> String {
        func number(_ value: Double?) -> Any { value.map { $0 as Any } ?? NSNull() }
        let object: [String: Any] = [
            "baseline": baseline, "followUp": followUp, "frameworkID": result.frameworkID,
            "asOf": ISODateText.format(asOf), "paired": result.paired, "baselineOnly": result.baselineOnly,
            "followUpOnly": result.followUpOnly,
            "items": result.itemChanges.map { change in
                [
                    "locality": change.localityCode, "theme": change.themeID, "item": change.itemID,
                    "baseline": rating(change.baseline), "followUp": rating(change.followUp),
                    "change": change.change.rawValue,
                ]
            },
            "themes": result.themes.map { theme -> [String: Any] in
                [
                    "theme": theme.themeID, "medianChange": number(theme.medianChange),
                    "localities": theme.localities.map { ["locality": $0.localityCode, "change": $0.change] },
                    "unpaired": theme.unpairedLocalities, "n": theme.test.n, "w": theme.test.statistic,
                    "z": number(theme.test.z), "p": number(theme.test.p), "tested": theme.test.isTested,
                ]
            },
            "implementation": result.implementation.map { entry -> [String: Any] in
                [
                    "locality": entry.localityCode, "completed": entry.completed.map { $0 as Any } ?? NSNull(),
                    "total": entry.total, "share": number(entry.share),
                ]
            },
            "regional": [
                "total": result.regional.total, "completed": result.regional.count(.completed),
                "inProgress": result.regional.count(.inProgress), "notStarted": result.regional.count(.notStarted),
                "notTakenForward": result.regional.count(.notTakenForward), "overdue": result.regional.overdue,
            ],
            "indicators": result.indicatorChanges.map { change -> [String: Any] in
                [
                    "indicator": change.key.indicatorID, "area": change.key.localityCode, "baseline": change.baseline,
                    "followUp": change.followUp, "change": change.change,
                ]
            },
            "indicatorsInOneCycle": result.indicatorsInOneCycle.map {
                ["indicator": $0.indicatorID, "area": $0.localityCode]
            },
        ]
        let data = try JSONSerialization.data(withJSONObject: object, options: [.prettyPrinted, .sortedKeys])
        return String(decoding: data, as: UTF8.self)
    }
}
