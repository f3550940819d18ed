import SLIKit

/// How a planned action's link to a recommendation is kept: a name (`named`, `matched-text` or `none`)
/// and, for a text match, its score, as the SQLite store keeps it.
struct PlannedActionLink {
    var name: String
    var score: Double?

    /// The stored form of `link`.
    init(_ link: RecommendationLink) {
        switch link {
        case .named: name = "named"
        case .matchedText(let score):
            name = "matched-text"
            self.score = score
        case .none: name = "none"
        }
    }

    /// A stored form read back.
    init(name: String, score: Double?) {
        self.name = name
        self.score = score
    }

    /// The link the stored form holds.
    var link: RecommendationLink {
        switch name {
        case "named": .named
        case "matched-text": .matchedText(score: score ?? 0)
        default: .none
        }
    }
}
