import Foundation
import SLIKit
import SpreadsheetKit

extension ReportData {
    /// The report of `cycle` as `store` holds it, with the framework, region and indicator definitions
    /// from `catalog`.
    ///
    /// Each part is filled by its own adapter: participation and sources from the submissions, scores from
    /// the ``Scorer`` over the current assessments, indicators from the ``Benchmarker``, the Market Place
    /// from the ``MarketMatcher``, recommendations and actions from tracking (over the baseline cycle and
    /// this one together, as the follow-up reads them), and the change since the baseline from
    /// ``FollowUp`` when the cycle has a baseline. The report is marked synthetic when the
    /// store records the cycle as an example cycle (``CycleFilesRepository/isSynthetic(cycleID:)``).
    ///
    /// - Parameter builtOn: The day the report is built (today by default).
    /// - Throws: ``CatalogError`` when the cycle's framework or region is not in the catalog,
    ///   ``BenchmarkingError`` when the indicator definitions cannot be read, ``StoreError`` when the store
    ///   cannot be read, ``TrackingError`` when a stored update names no tracked recommendation.
    public init(store: any CycleStore, cycle: Cycle, catalog: Catalog, builtOn: Date = Date()) async throws {
        let framework = try catalog.framework(id: cycle.frameworkID)
        let region = try catalog.region(id: cycle.regionID)
        self.init(
            cycleName: cycle.name, regionName: region.name,
            framework: "\(framework.title) (\(framework.id) version \(framework.version))",
            builtOn: Self.day(builtOn), synthetic: try await store.isSynthetic(cycleID: cycle.id),
            published: cycle.published, maximumScore: Double(framework.scale.maximum), localities: region.localities,
            subRegions: region.subRegions,
            themes: framework.themes.filter { !$0.assessedItems.isEmpty }.map(ReportTheme.init))
        let status = try await CycleStatus(cycle: cycle, region: region, repository: store)
        addParticipation(status, problemCounts: try await Self.problemCounts(status, store: store))
        let assessments = try await store.currentAssessments(cycleID: cycle.id)
        let card = Scorer(framework: framework).score(assessments)
        addScores(card, framework: framework, assessments: assessments)
        let indicators = try IndicatorSet(catalogDirectory: catalog.directory)
        addIndicators(
            try await store.indicatorValues(cycleID: cycle.id),
            benchmarker: Benchmarker(indicators: indicators, region: region))
        let entries = try await store.marketEntries(cycleID: cycle.id)
        if !entries.isEmpty {
            addMarket(
                entries: entries, plan: MarketMatcher(region: region, card: card).match(entries))
        }
        var baseline: Cycle?
        if let baselineID = cycle.baselineCycleID { baseline = try await store.cycle(id: baselineID) }
        let tracked = (baseline.map { [$0] } ?? []) + [cycle]
        addRecommendations(
            try await store.recommendationTracker(cycles: tracked, framework: framework),
            actions: try await store.currentActions(cycles: tracked), framework: framework, asOf: builtOn)
        if let baseline {
            let followUp = try await FollowUp(
                store: store, cycle: cycle, baseline: baseline, framework: framework, indicators: indicators,
                asOf: builtOn)
            addFollowUp(followUp, baselineCycleName: baseline.name)
        }
        addImportedFiles(try await store.importedFiles(cycleID: cycle.id))
    }

    /// The warnings stored with each locality's current submission, by locality code.
    static func problemCounts(_ status: CycleStatus, store: any SubmissionRepository) async throws -> [String: Int] {
        var counts: [String: Int] = [:]
        for row in status.rows {
            if let current = row.current { counts[row.locality.code] = try await store.warnings(of: current).count }
        }
        return counts
    }
}

extension ReportData {
    /// The day of `date` in UTC as `YYYY-MM-DD`, as the pages give dates.
    static func day(_ date: Date) -> String {
        ISODateText.format(Date(timeIntervalSince1970: (date.timeIntervalSince1970 / 86_400).rounded(.down) * 86_400))
    }
}
