/// How many recommendations of one group (a lead body or a theme) stand at each status.
public struct ProgressSummary: Sendable, Hashable {
    /// The lead body's or the theme's name.
    public var group: String
    /// The recommendations counted, by status (every status present, zero when none).
    public var counts: [RecommendationStatus: Int]
    /// How many are overdue.
    public var overdue: Int

    /// A summary with the given content.
    public init(group: String, counts: [RecommendationStatus: Int], overdue: Int) {
        self.group = group
        self.counts = counts
        self.overdue = overdue
    }

    /// A summary counting `recommendations` under `group`.
    public init(group: String, recommendations: [TrackedRecommendation]) {
        var counts = Dictionary(uniqueKeysWithValues: RecommendationStatus.allCases.map { ($0, 0) })
        for recommendation in recommendations { counts[recommendation.status, default: 0] += 1 }
        self.init(group: group, counts: counts, overdue: recommendations.filter(\.isOverdue).count)
    }

    /// The number of recommendations in the group.
    public var total: Int { counts.values.reduce(0, +) }

    /// The number at `status`.
    public func count(_ status: RecommendationStatus) -> Int { counts[status] ?? 0 }

    /// The share completed, from 0 to 1 (0 for an empty group).
    public var completedShare: Double { total == 0 ? 0 : Double(count(.completed)) / Double(total) }
}
