import Foundation

extension FollowUp {
    /// The follow-up evaluation of `cycle` against its `baseline` as `store` holds them: the one that
    /// every front door shows, at the terminal and in the report.
    ///
    /// Action plans and recommendation updates are read from both cycles together: a plan imported into
    /// the follow-up cycle replaces the locality's baseline plan, and updates recorded in either cycle
    /// make up each regional recommendation's history. Indicator values are each cycle's latest figures
    /// (``IndicatorValues/latest(_:indicators:)``) unless given.
    ///
    /// - Throws: ``StoreError`` when the store cannot be read, ``TrackingError`` when an assessment uses
    ///   another framework or an update names no tracked recommendation.
    public init(
        store: any CycleStore, cycle: Cycle, baseline: Cycle, framework: Framework, indicators: IndicatorSet,
        asOf day: Date, baselineIndicators: [IndicatorKey: Double]? = nil,
        followUpIndicators: [IndicatorKey: Double]? = nil
    ) async throws {
        let cycles = [baseline, cycle]
        let actions = try await store.currentActions(cycles: cycles)
        func latest(_ cycle: Cycle) async throws -> [IndicatorKey: Double] {
            IndicatorValues.latest(try await store.indicatorValues(cycleID: cycle.id), indicators: indicators)
        }
        let baselineValues: [IndicatorKey: Double]
        if let baselineIndicators {
            baselineValues = baselineIndicators
        } else {
            baselineValues = try await latest(baseline)
        }
        let followUpValues: [IndicatorKey: Double]
        if let followUpIndicators {
            followUpValues = followUpIndicators
        } else {
            followUpValues = try await latest(cycle)
        }
        try self.init(
            framework: framework, baseline: try await store.currentAssessments(cycleID: baseline.id),
            followUp: try await store.currentAssessments(cycleID: cycle.id),
            actionStatuses: actions.map { code, planned in
                ActionStatus(localityCode: code, framework: framework, actions: planned, asOf: day)
            },
            regional: try await store.recommendationTracker(cycles: cycles, framework: framework)
                .recommendations(asOf: day),
            baselineIndicators: baselineValues, followUpIndicators: followUpValues)
    }
}
