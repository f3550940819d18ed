import Foundation

/// The named leads localities gave in their self-assessments, looked up for Market Place entries.
public struct MarketLeads: Sendable, Hashable {
    private var answers: [String: [Answer]]

    /// The leads from `assessments` (a locality's last assessment wins when it appears twice).
    public init(assessments: [SelfAssessment]) {
        var answers: [String: [Answer]] = [:]
        for assessment in assessments { answers[assessment.localityCode] = assessment.answers }
        self.answers = answers
    }

    /// The leads a locality named for an item, or, when no item is given, for any item of the theme;
    /// distinct, in framework order.
    public func leads(locality: String, themeID: String, itemID: String?) -> [String] {
        var seen: Set<String> = []
        var leads: [String] = []
        for answer in answers[locality] ?? []
        where answer.themeID == themeID && (itemID == nil || answer.itemID == itemID) {
            guard let lead = answer.lead?.trimmingCharacters(in: .whitespacesAndNewlines), !lead.isEmpty else {
                continue
            }
            if seen.insert(lead).inserted { leads.append(lead) }
        }
        return leads
    }

    /// The leads of the locality that made `entry`, for its theme and item.
    public func leads(for entry: MarketPlaceEntry) -> [String] {
        leads(locality: entry.localityCode, themeID: entry.themeID, itemID: entry.itemID)
    }
}
