import Foundation
import SpreadsheetKit

/// A score card as rows of text: a row per locality and theme, or a row per item, with the regional spread.
///
/// Every front door that shows scores as a table (the command line's table and CSV, the portal's page)
/// shows these rows.
public struct ScoreTable: Sendable {
    /// The scores.
    public var card: ScoreCard
    /// The framework the scores are on, for theme names and the scale.
    public var framework: Framework
    /// The region, for locality names.
    public var region: Region
    /// Only this locality's rows, when given.
    public var localityCode: String?

    /// The rows of `card`, with names from `framework` and `region`, only `localityCode`'s when given.
    public init(card: ScoreCard, framework: Framework, region: Region, localityCode: String? = nil) {
        self.card = card
        self.framework = framework
        self.region = region
        self.localityCode = localityCode
    }

    /// A row per locality and theme (and overall): score, completeness, rank, quartile, regional spread,
    /// under a header of lower-case column names.
    public func themeRows() -> (header: [String], rows: [[String]]) {
        let header = [
            "locality", "code", "theme", "score", "rated", "not_applicable", "gaps", "rank", "quartile",
            "region_median", "region_q1", "region_q3", "region_min", "region_max",
        ]
        var rows: [[String]] = []
        for locality in card.localities where localityCode == nil || locality.localityCode == localityCode {
            let name = region.locality(code: locality.localityCode)?.name ?? locality.localityCode
            func row(
                _ theme: String, _ score: Score, _ rank: Rank?, _ quartile: Quartile?, _ spread: Distribution?
            )
                -> [String]
            {
                [
                    name, locality.localityCode, theme, Self.percent(score.percentage), String(score.rated),
                    String(score.notApplicable), String(score.unanswered), rank.map { "\($0) of \($0.outOf)" } ?? "",
                    quartile.map { "\($0)".replacingOccurrences(of: " quartile", with: "") } ?? "",
                ] + Self.spread(spread, percent: true)
            }
            rows.append(row("overall", locality.overall, locality.overallRank, locality.overallQuartile, card.overall))
            for theme in locality.themes {
                rows.append(
                    row(
                        framework.theme(id: theme.themeID)?.name ?? theme.themeID, theme.score, theme.rank,
                        theme.quartile, card.theme(theme.themeID)?.distribution))
            }
        }
        return (header, rows)
    }

    /// A row per item: the regional spread of ratings and, for one locality, its own rating.
    public func itemRows() -> (header: [String], rows: [[String]]) {
        let chosen = localityCode.flatMap { card.locality(code: $0) }
        var header = ["theme", "item", "rated", "not_applicable", "gaps", "region_median", "region_q1", "region_q3"]
        header += ["region_min", "region_max", "region_mean"]
        if chosen != nil { header.append("rating") }
        let rows = card.items.map { item in
            var row = [item.themeID, item.itemID, String(item.distribution?.count ?? 0), String(item.notApplicable)]
            row += [String(item.unanswered)] + Self.spread(item.distribution, percent: false)
            row.append(item.distribution.map { String(format: "%.2f", $0.mean) } ?? "")
            if let chosen, let answer = chosen.item(item.itemID) {
                switch answer.status {
                case .rated: row.append(answer.level.map(String.init) ?? "")
                case .notApplicable: row.append(framework.scale.notApplicable)
                case .unanswered: row.append("gap")
                }
            }
            return row
        }
        return (header, rows)
    }

    /// `62.5%`, or empty when there is no score.
    static func percent(_ value: Double?) -> String { value.map { String(format: "%.1f%%", $0) } ?? "" }

    /// Median, lower and upper quartile, minimum and maximum.
    static func spread(_ distribution: Distribution?, percent: Bool) -> [String] {
        guard let distribution else { return ["", "", "", "", ""] }
        let values = [
            distribution.median, distribution.lowerQuartile, distribution.upperQuartile, distribution.minimum,
            distribution.maximum,
        ]
        return values.map { percent ? Self.percent($0) : NumberText.format(($0 * 100).rounded() / 100) }
    }
}
