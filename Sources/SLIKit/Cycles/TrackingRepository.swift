import Foundation

/// Where the recommendations' progress and the localities' action plans are kept, append-only.
public protocol TrackingRepository: Sendable {
    /// Appends recommendation updates to a cycle's history, in the order given, in one transaction.
    func recordRecommendationUpdates(_ updates: [RecommendationUpdate], cycleID: Int64) async throws

    /// Every recommendation update of a cycle, in the order recorded.
    func recommendationUpdates(cycleID: Int64) async throws -> [RecommendationUpdate]

    /// Stores a locality's action plan for a cycle as a new version (earlier imports are kept).
    func recordActionPlan(_ plan: ActionPlan, cycleID: Int64, localityCode: String) async throws

    /// The actions of each locality's latest imported plan for a cycle, by locality code.
    func currentActions(cycleID: Int64) async throws -> [String: [PlannedAction]]
}
