import Foundation
import SLIKit

/// What every `sli market` command reads: the cycle with its region and framework, the current
/// self-assessments and the cycle's offers and requests.
struct MarketContext {
    var store: any CycleStore
    var cycle: Cycle
    var region: Region
    var framework: Framework

    /// Opens the store and the catalog for the cycle named `cycleName`.
    init(storeOptions: StoreOptions, cycle cycleName: String) async throws {
        (store, cycle, region, framework) = try await storeOptions.openWithCatalog(cycle: cycleName)
    }

    /// The import rules: the cycle's framework themes and region localities.
    var importer: MarketImport {
        let region = region
        return MarketImport(themes: framework.themes) { try region.resolveLocality($0) }
    }

    /// The matcher for the region's sub-regions, preferring localities by their theme scores.
    func matcher(assessments: [SelfAssessment]) -> MarketMatcher {
        MarketMatcher(region: region, card: Scorer(framework: framework).score(assessments))
    }

    /// The locality's name, or its code when the region does not list it.
    func name(_ code: String) -> String { region.locality(code: code)?.name ?? code }

    /// The theme's name, or its identifier when the framework does not have it.
    func themeName(_ id: String) -> String { framework.theme(id: id)?.name ?? id }

    /// The item texts by identifier, for suggestion titles.
    var itemTexts: [String: String] {
        Dictionary(framework.allItems.map { ($0.id, $0.text) }, uniquingKeysWith: { first, _ in first })
    }

    /// The plan of the cycle's offers and requests, with the leads from the assessments.
    func plan() async throws -> (plan: MatchPlan, entries: [MarketPlaceEntry], leads: MarketLeads) {
        let assessments = try await store.currentAssessments(cycleID: cycle.id)
        let entries = try await store.marketEntries(cycleID: cycle.id)
        return (matcher(assessments: assessments).match(entries), entries, MarketLeads(assessments: assessments))
    }

    /// The suggested pairings from the current assessments, with the leads.
    func suggestions() async throws -> (suggestions: MarketSuggestions, leads: MarketLeads) {
        let assessments = try await store.currentAssessments(cycleID: cycle.id)
        let suggester = MarketSuggester(
            matcher: matcher(assessments: assessments), scale: framework.scale, itemTexts: itemTexts)
        return (
            suggester.suggest(assessments: assessments, existing: try await store.marketEntries(cycleID: cycle.id)),
            MarketLeads(assessments: assessments)
        )
    }

    /// The plan of offers made, or with `suggested` the suggested pairings, with the leads.
    func plan(suggested: Bool) async throws -> (plan: MatchPlan, leads: MarketLeads) {
        if suggested {
            let (suggestions, leads) = try await suggestions()
            return (suggestions.plan, leads)
        }
        let (plan, _, leads) = try await plan()
        return (plan, leads)
    }
}
