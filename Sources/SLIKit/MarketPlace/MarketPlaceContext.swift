import Foundation

/// What every Market Place workflow reads: the cycle with its region and framework, the current
/// self-assessments and the cycle's offers and requests, from any store.
public struct MarketPlaceContext: Sendable {
    /// The store holding the cycle.
    public var store: any CycleStore
    /// The cycle whose Market Place this is.
    public var cycle: Cycle
    /// The cycle's region.
    public var region: Region
    /// The cycle's framework.
    public var framework: Framework

    /// The context of `cycle`, kept in `store`, with its `region` and `framework`.
    public init(store: any CycleStore, cycle: Cycle, region: Region, framework: Framework) {
        self.store = store
        self.cycle = cycle
        self.region = region
        self.framework = framework
    }

    /// The import rules: the cycle's framework themes and region localities.
    public var importer: MarketImport {
        let region = region
        return MarketImport(themes: framework.themes) { try region.resolveLocality($0) }
    }

    /// The matcher for the region's sub-regions, preferring localities by their theme scores.
    public func matcher(assessments: [SelfAssessment]) -> MarketMatcher {
        MarketMatcher(region: region, card: Scorer(framework: framework).score(assessments))
    }

    /// The locality's name, or its code when the region does not list it.
    public func name(_ code: String) -> String { region.locality(code: code)?.name ?? code }

    /// The theme's name, or its identifier when the framework does not have it.
    public func themeName(_ id: String) -> String { framework.theme(id: id)?.name ?? id }

    /// The item texts by identifier, for suggestion titles.
    public var itemTexts: [String: String] {
        Dictionary(framework.allItems.map { ($0.id, $0.text) }, uniquingKeysWith: { first, _ in first })
    }

    /// The plan of the cycle's offers and requests, with the leads from the assessments.
    public func plan() async throws -> (plan: MatchPlan, entries: [MarketPlaceEntry], leads: MarketLeads) {
        let assessments = try await store.currentAssessments(cycleID: cycle.id)
        let entries = try await store.marketEntries(cycleID: cycle.id)
        return (matcher(assessments: assessments).match(entries), entries, MarketLeads(assessments: assessments))
    }

    /// The suggested pairings from the current assessments, with the leads.
    public func suggestions() async throws -> (suggestions: MarketSuggestions, leads: MarketLeads) {
        let assessments = try await store.currentAssessments(cycleID: cycle.id)
        let suggester = MarketSuggester(
            matcher: matcher(assessments: assessments), scale: framework.scale, itemTexts: itemTexts)
        return (
            suggester.suggest(assessments: assessments, existing: try await store.marketEntries(cycleID: cycle.id)),
            MarketLeads(assessments: assessments)
        )
    }

    /// The plan of offers made, or with `suggested` the suggested pairings, with the leads.
    public func plan(suggested: Bool) async throws -> (plan: MatchPlan, leads: MarketLeads) {
        if suggested {
            let (suggestions, leads) = try await suggestions()
            return (suggestions.plan, leads)
        }
        let (plan, _, leads) = try await plan()
        return (plan, leads)
    }
}
