import Foundation

/// Where the recommendations' progress and the localities' action plans are kept, append-only.
public protocol TrackingRepository: Sendable {
    /// Appends recommendation updates to a cycle's history, in the order given, in one transaction.
    func recordRecommendationUpdates(_ updates: [RecommendationUpdate], cycleID: Int64) async throws

    /// Appends recommendation updates as another store recorded them (with their recording times), in
    /// the order given, in one transaction: how ``StoreCopy`` copies a cycle's history.
    func restoreRecommendationUpdates(_ updates: [RecordedRecommendationUpdate], cycleID: Int64) async throws

    /// Every recommendation update of a cycle, in the order recorded.
    func recommendationUpdates(cycleID: Int64) async throws -> [RecommendationUpdate]

    /// Every recommendation update of a cycle with when it was recorded, in the order recorded.
    func recordedRecommendationUpdates(cycleID: Int64) async throws -> [RecordedRecommendationUpdate]

    /// Every imported version of every locality's action plan for a cycle, in the order imported.
    func actionPlans(cycleID: Int64) async throws -> [StoredActionPlan]

    /// Stores a locality's action plan for a cycle as a new version (earlier imports are kept);
    /// `importedAt` is when the plan came in, as the report's sources list it.
    func recordActionPlan(_ plan: ActionPlan, cycleID: Int64, localityCode: String, importedAt: Date) async throws

    /// The actions of each locality's latest imported plan for a cycle, by locality code.
    func currentActions(cycleID: Int64) async throws -> [String: [PlannedAction]]
}

extension TrackingRepository {
    /// Stores a locality's action plan for a cycle as a new version that came in now.
    public func recordActionPlan(_ plan: ActionPlan, cycleID: Int64, localityCode: String) async throws {
        try await recordActionPlan(plan, cycleID: cycleID, localityCode: localityCode, importedAt: Date())
    }
}
