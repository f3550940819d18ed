/// How an action was linked to the recommendations it serves.
public enum RecommendationLink: Sendable, Hashable {
    /// The plan names the recommendations (`L7`, `L7, L12`, `7`).
    case named
    /// No recommendation was named; the action's words match the recommendation's wording, with the share
    /// of the recommendation's significant words found in the action (0.5 or more).
    case matchedText(score: Double)
    /// Neither named nor matched.
    case none
}
