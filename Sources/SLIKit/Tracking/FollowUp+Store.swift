import Foundation

extension FollowUp {
    /// The follow-up evaluation of `cycle` against its `baseline` as `store` holds them: the one that
    /// `sli followup` prints and the report shows.
    ///
    /// Action plans and recommendation updates are read from both cycles together: a plan imported into
    /// the follow-up cycle replaces the locality's baseline plan, and updates recorded in either cycle
    /// make up each regional recommendation's history. Indicator values are each cycle's latest figures
    /// (``IndicatorValues/latest(_:indicators:)``) unless given.
    ///
    /// - Throws: ``StoreError`` when the store cannot be read, ``TrackingError`` when an assessment uses
    ///   another framework or an update names no tracked recommendation.
    public init(
        store: Store, cycle: Cycle, baseline: Cycle, framework: Framework, indicators: IndicatorSet, asOf day: Date,
        baselineIndicators: [IndicatorKey: Double]? = nil, followUpIndicators: [IndicatorKey: Double]? = nil
    ) throws {
        let cycles = [baseline, cycle]
        let actions = try store.currentActions(cycles: cycles)
        func latest(_ cycle: Cycle) throws -> [IndicatorKey: Double] {
            IndicatorValues.latest(try store.indicatorValues(cycleID: cycle.id), indicators: indicators)
        }
        try self.init(
            framework: framework, baseline: try store.currentAssessments(cycleID: baseline.id),
            followUp: try store.currentAssessments(cycleID: cycle.id),
            actionStatuses: actions.map { code, planned in
                ActionStatus(localityCode: code, framework: framework, actions: planned, asOf: day)
            },
            regional: try store.recommendationTracker(cycles: cycles, framework: framework).recommendations(asOf: day),
            baselineIndicators: try baselineIndicators ?? latest(baseline),
            followUpIndicators: try followUpIndicators ?? latest(cycle))
    }
}
