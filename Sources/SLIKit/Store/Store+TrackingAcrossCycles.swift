extension Store {
    /// Each locality's current action plan over `cycles` in order: a plan in a later cycle replaces the
    /// locality's plan in an earlier one.
    public func currentActions(cycles: [Cycle]) throws -> [String: [PlannedAction]] {
        var actions: [String: [PlannedAction]] = [:]
        for cycle in cycles {
            actions.merge(try currentActions(cycleID: cycle.id)) { _, later in later }
        }
        return actions
    }

    /// The regional recommendations of `framework` tracked over the updates recorded in all of `cycles`.
    ///
    /// - Throws: ``TrackingError`` when an update names no tracked recommendation.
    public func recommendationTracker(cycles: [Cycle], framework: Framework) throws -> RecommendationTracker {
        try RecommendationTracker(
            framework: framework, updates: try cycles.flatMap { try recommendationUpdates(cycleID: $0.id) })
    }
}
