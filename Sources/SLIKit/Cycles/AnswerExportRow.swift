import Foundation
import SpreadsheetKit

/// One current answer of a cycle, flattened for export with its locality and theme.
public struct AnswerExportRow: Sendable, Hashable, Codable {
    /// The locality's ONS code.
    public var localityCode: String
    /// The locality's name.
    public var locality: String
    /// The version of the locality's return the answer comes from.
    public var version: Int
    /// The theme's identifier.
    public var themeID: String
    /// The theme's name.
    public var theme: String
    /// The item's identifier.
    public var itemID: String
    /// The value on the scale; `nil` for a gap or not applicable.
    public var rating: Int?
    /// Whether the answer is "not applicable".
    public var notApplicable: Bool
    /// The evidence given.
    public var evidence: String?
    /// The named local lead.
    public var lead: String?
    /// The target date, `YYYY-MM-DD`.
    public var targetDate: String?
    /// Good practice offered.
    public var goodPractice: String?
    /// Support wanted.
    public var supportWanted: String?
    /// Where the rating was read from, `Sheet!Cell`.
    public var source: String

    /// The CSV header line.
    public static let csvHeader = DelimitedText.line([
        "locality_code", "locality", "version", "theme_id", "theme", "item_id", "rating", "evidence", "lead",
        "target_date", "good_practice", "support_wanted", "source",
    ])

    /// Every current answer of `cycle`, by locality in the region's order, then framework order.
    public static func rows(
        cycle: Cycle, framework: Framework, region: Region, repository: any SubmissionRepository
    ) async throws -> [AnswerExportRow] {
        let current = try await repository.currentSubmissions(cycleID: cycle.id)
        let order = Dictionary(region.localities.enumerated().map { ($1.code, $0) }) { first, _ in first }
        let sorted = current.sorted {
            (order[$0.localityCode] ?? Int.max, $0.localityCode) < (order[$1.localityCode] ?? Int.max, $1.localityCode)
        }
        var rows: [AnswerExportRow] = []
        for submission in sorted {
            let name = region.locality(code: submission.localityCode)?.name ?? submission.localityCode
            rows += try await repository.assessment(of: submission).answers.map { answer in
                AnswerExportRow(
                    localityCode: submission.localityCode, locality: name, version: submission.version,
                    themeID: answer.themeID, theme: framework.theme(id: answer.themeID)?.name ?? answer.themeID,
                    itemID: answer.itemID, rating: answer.rating?.value,
                    notApplicable: answer.rating == .notApplicable, evidence: answer.evidence, lead: answer.lead,
                    targetDate: answer.targetDate.map(ISODateText.format), goodPractice: answer.goodPractice,
                    supportWanted: answer.supportWanted, source: answer.source)
            }
        }
        return rows
    }

    /// Encodes every field, an absent one as `null`, so each JSON row has the same keys.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(localityCode, forKey: .localityCode)
        try container.encode(locality, forKey: .locality)
        try container.encode(version, forKey: .version)
        try container.encode(themeID, forKey: .themeID)
        try container.encode(theme, forKey: .theme)
        try container.encode(itemID, forKey: .itemID)
        try container.encode(rating, forKey: .rating)
        try container.encode(notApplicable, forKey: .notApplicable)
        try container.encode(evidence, forKey: .evidence)
        try container.encode(lead, forKey: .lead)
        try container.encode(targetDate, forKey: .targetDate)
        try container.encode(goodPractice, forKey: .goodPractice)
        try container.encode(supportWanted, forKey: .supportWanted)
        try container.encode(source, forKey: .source)
    }

    /// The row as a CSV line; the rating is the number, `notApplicable` (e.g. `N/A`) or empty for a gap.
    public func csvLine(notApplicable text: String) -> String {
        let ratingText = notApplicable ? text : rating.map(String.init) ?? ""
        return DelimitedText.line([
            localityCode, locality, String(version), themeID, theme, itemID, ratingText, evidence ?? "", lead ?? "",
            targetDate ?? "", goodPractice ?? "", supportWanted ?? "", source,
        ])
    }
}
