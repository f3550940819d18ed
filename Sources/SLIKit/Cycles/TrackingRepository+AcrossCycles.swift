extension TrackingRepository {
    /// Each locality's current action plan over `cycles` in order: a plan in a later cycle replaces the
    /// locality's plan in an earlier one.
    public func currentActions(cycles: [Cycle]) async throws -> [String: [PlannedAction]] {
        var actions: [String: [PlannedAction]] = [:]
        for cycle in cycles {
            actions.merge(try await currentActions(cycleID: cycle.id)) { _, later in later }
        }
        return actions
    }

    /// The regional recommendations of `framework` tracked over the updates recorded in all of `cycles`.
    ///
    /// - Throws: ``TrackingError`` when an update names no tracked recommendation.
    public func recommendationTracker(cycles: [Cycle], framework: Framework) async throws -> RecommendationTracker {
        var updates: [RecommendationUpdate] = []
        for cycle in cycles { updates += try await recommendationUpdates(cycleID: cycle.id) }
        return try RecommendationTracker(framework: framework, updates: updates)
    }
}
