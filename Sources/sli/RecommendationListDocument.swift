import Foundation
import SLIKit

/// The JSON form of `sli recommendations list`: each recommendation's status, then progress by lead body
/// and by theme.
struct RecommendationListDocument: Encodable {
    /// One regional recommendation as it stands.
    struct Recommendation: Encodable {
        var id: String
        var theme: String
        var lead: String
        var status: String
        var due: String?
        var overdue: Bool
        var latestUpdate: Update?
    }

    /// The latest update of a recommendation.
    struct Update: Encodable {
        var date: String
        var author: String
        var note: String
    }

    /// How many recommendations of one lead body or theme stand at each status.
    struct Progress: Encodable {
        var group: String
        var total: Int
        var counts: [String: Int]
        var overdue: Int

        init(_ summary: ProgressSummary) {
            group = summary.group
            total = summary.total
            counts = Dictionary(
                uniqueKeysWithValues: RecommendationStatus.allCases.map { ($0.rawValue, summary.count($0)) })
            overdue = summary.overdue
        }
    }

    var cycle: String
    var asOf: String
    var recommendations: [Recommendation]
    var byLead: [Progress]
    var byTheme: [Progress]
}
