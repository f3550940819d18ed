import Foundation
import SLIKit

extension ReportData {
    /// Fills ``recommendations``: the regional recommendations with their latest update as of `day`, and
    /// each locality's actions from its latest action plan on the local recommendations they serve.
    ///
    /// An action linked to no recommendation is listed under the reference `-` with its own wording. A
    /// plan carries no date of its own update, so local rows have none.
    mutating func addRecommendations(
        _ tracker: RecommendationTracker, actions: [String: [PlannedAction]], framework: Framework, asOf day: Date
    ) {
        recommendations = tracker.recommendations(asOf: day).map { tracked in
            ReportRecommendation(
                reference: tracked.item.id, text: tracked.item.text, leadBody: tracked.lead,
                status: tracked.status.label, action: tracked.latestUpdate?.note ?? "",
                updatedOn: tracked.latestUpdate.map { Self.day($0.date) })
        }
        for locality in localities {
            for action in actions[locality.code] ?? [] {
                let references = action.recommendationIDs.isEmpty ? ["-"] : action.recommendationIDs
                for reference in references {
                    let item = framework.item(id: reference)?.item
                    recommendations.append(
                        ReportRecommendation(
                            reference: reference, text: item?.text ?? action.issue ?? action.action,
                            leadBody: action.lead ?? item?.proposedLead ?? TrackedRecommendation.noLead,
                            localityCode: locality.code, status: (action.status ?? .notStarted).label,
                            action: action.action))
                }
            }
        }
    }
}
