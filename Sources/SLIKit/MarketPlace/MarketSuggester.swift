import Foundation

/// Proposes Market Place pairings that nobody asked for, from the self-assessments.
///
/// A locality that gave an item the top rating with evidence is taken to have something to offer on
/// it, unless it already offered it (on that item, or on the whole theme); a locality that gave the
/// item the bottom rating is taken to want help with it. Those suggested offers and requests are then
/// matched under the same rules as real ones, by the same `MarketMatcher`, together with the offers
/// localities made (a suggested request can be met by a real offer: Rochdale rating L3 at the bottom
/// is paired with Oldham's offer on L3). Every suggested entry's title
/// starts with `Suggested:` and its source says which ratings it comes from, so a suggestion is never
/// mistaken for an offer a locality made.
public struct MarketSuggester: Sendable {
    /// The matcher that pairs the suggestions (its sub-regions and scores apply).
    public var matcher: MarketMatcher
    /// The rating scale, for its top and bottom values.
    public var scale: RatingScale
    /// How many localities a suggested offer may support.
    public var capacity: Int
    /// The items' wording by identifier, for the titles (the identifier stands in when missing).
    public var itemTexts: [String: String]

    /// A suggester pairing under `matcher`'s rules.
    public init(
        matcher: MarketMatcher, scale: RatingScale = .standard, capacity: Int = 3, itemTexts: [String: String] = [:]
    ) {
        self.matcher = matcher
        self.scale = scale
        self.capacity = capacity
        self.itemTexts = itemTexts
    }

    /// The suggested offers and requests from `assessments`, leaving out offers already among `existing`,
    /// and the plan that pairs the suggested requests with the suggested offers and the offers among
    /// `existing`.
    public func suggest(assessments: [SelfAssessment], existing: [MarketPlaceEntry] = []) -> MarketSuggestions {
        let made = existing.filter { $0.kind == .offer }
        var entries: [MarketPlaceEntry] = []
        for assessment in assessments {
            for answer in assessment.answers {
                guard let value = answer.rating?.value else { continue }
                let text = itemTexts[answer.itemID] ?? answer.itemID
                if value == scale.maximum,
                    let evidence = answer.evidence?.trimmingCharacters(in: .whitespacesAndNewlines),
                    !evidence.isEmpty
                {
                    let alreadyOffered = made.contains {
                        $0.localityCode == assessment.localityCode && $0.themeID == answer.themeID
                            && ($0.itemID == nil || $0.itemID == answer.itemID)
                    }
                    if alreadyOffered { continue }
                    entries.append(
                        MarketPlaceEntry(
                            kind: .offer, localityCode: assessment.localityCode, themeID: answer.themeID,
                            itemID: answer.itemID, title: "Suggested: share practice on \(text)", description: evidence,
                            capacity: capacity,
                            source: "suggested from rating \(value) with evidence at \(answer.source)"))
                } else if value == scale.minimum {
                    entries.append(
                        MarketPlaceEntry(
                            kind: .request, localityCode: assessment.localityCode, themeID: answer.themeID,
                            itemID: answer.itemID, title: "Suggested: learn about \(text)",
                            source: "suggested from rating \(value) at \(answer.source)"))
                }
            }
        }
        return MarketSuggestions(entries: entries, plan: matcher.match(entries + made))
    }
}
