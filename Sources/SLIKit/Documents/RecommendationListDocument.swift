import Foundation
import SpreadsheetKit

/// The JSON form of the recommendation list: each recommendation's status, then progress by lead body
/// and by theme.
public struct RecommendationListDocument: Encodable, Sendable {
    /// One regional recommendation as it stands.
    public struct Recommendation: Encodable, Sendable {
        /// The recommendation's item identifier.
        public var id: String
        /// Its theme.
        public var theme: String
        /// The lead body responsible for it.
        public var lead: String
        /// Its current status.
        public var status: String
        /// Its due date, when one is set.
        public var due: String?
        /// Whether it is past due and not completed.
        public var overdue: Bool
        /// The latest update recorded for it.
        public var latestUpdate: Update?

        /// The document of one tracked recommendation.
        public init(_ recommendation: TrackedRecommendation) {
            id = recommendation.item.id
            theme = recommendation.themeID
            lead = recommendation.lead
            status = recommendation.status.rawValue
            due = recommendation.dueDate.map(ISODateText.format)
            overdue = recommendation.isOverdue
            latestUpdate = recommendation.latestUpdate.map {
                Update(date: ISODateText.format($0.date), author: $0.author, note: $0.note)
            }
        }
    }

    /// The latest update of a recommendation.
    public struct Update: Encodable, Sendable {
        /// The day of the update.
        public var date: String
        /// Who recorded it.
        public var author: String
        /// What it says.
        public var note: String
    }

    /// How many recommendations of one lead body or theme stand at each status.
    public struct Progress: Encodable, Sendable {
        /// The lead body or theme.
        public var group: String
        /// How many recommendations it has.
        public var total: Int
        /// How many stand at each status, by status name.
        public var counts: [String: Int]
        /// How many are overdue.
        public var overdue: Int

        /// The document of one progress summary.
        public init(_ summary: ProgressSummary) {
            group = summary.group
            total = summary.total
            counts = Dictionary(
                uniqueKeysWithValues: RecommendationStatus.allCases.map { ($0.rawValue, summary.count($0)) })
            overdue = summary.overdue
        }
    }

    /// The cycle's name.
    public var cycle: String
    /// The day the list is taken on.
    public var asOf: String
    /// The recommendations shown.
    public var recommendations: [Recommendation]
    /// Progress by lead body, over every recommendation.
    public var byLead: [Progress]
    /// Progress by theme, over every recommendation.
    public var byTheme: [Progress]

    /// The document of `shown` (the recommendations chosen from `tracker`) on `day`, with the progress of
    /// all of them by lead body and theme.
    public init(cycle: Cycle, tracker: RecommendationTracker, shown: [TrackedRecommendation], asOf day: Date) {
        self.cycle = cycle.name
        asOf = ISODateText.format(day)
        recommendations = shown.map(Recommendation.init)
        byLead = tracker.summaryByLead(asOf: day).map(Progress.init)
        byTheme = tracker.summaryByTheme(asOf: day).map(Progress.init)
    }
}
