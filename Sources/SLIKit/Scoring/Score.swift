/// A weighted mean rating expressed as a percentage of the scale's maximum, with what it is made of.
///
/// "Not applicable" answers are left out of the mean, never counted as zero; unanswered items are gaps,
/// also left out, and counted so that a reader sees how complete the score is.
public struct Score: Sendable, Hashable, Codable {
    /// The weighted mean rating as a percentage of the scale's maximum, or `nil` when no item was rated.
    public var percentage: Double?
    /// The weighted mean rating on the scale itself (e.g. 2.5 on 0-4), or `nil` when no item was rated.
    public var meanRating: Double?
    /// How many items were rated on the scale.
    public var rated: Int
    /// How many items were answered "not applicable".
    public var notApplicable: Int
    /// How many items were left blank.
    public var unanswered: Int

    /// A score with the given parts.
    public init(percentage: Double?, meanRating: Double?, rated: Int, notApplicable: Int, unanswered: Int) {
        self.percentage = percentage
        self.meanRating = meanRating
        self.rated = rated
        self.notApplicable = notApplicable
        self.unanswered = unanswered
    }

    /// How many items the score covers: rated, not applicable and unanswered together.
    public var assessed: Int { rated + notApplicable + unanswered }

    /// How many items were answered, on the scale or "not applicable".
    public var answered: Int { rated + notApplicable }
}
