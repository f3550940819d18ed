import Foundation
import Testing

@testable import ReportKit
@testable import SLIKit

@Suite("Report built from the store of the example cycle")
struct ReportAssemblyTests {
    static func run() async throws -> ExampleCycleRun { try await ExampleCycleRun.shared.value }

    @Test func participationIs22Of23WithTheRejectedFileFixed() async throws {
        let run = try await Self.run()
        let taking = run.baseline.participation.filter { $0.status == .received || $0.status == .late }
        #expect(run.baseline.participation.count == 23)
        #expect(taking.count == 22)
        #expect(run.baseline.participation.first { $0.localityCode == "E10000006" }?.status == .notReceived)
        #expect(
            run.summary.rejectedProblems.map(\.message) == [
                "rating \"7\" is not on the scale 0-4 (or N/A)"
            ])
        let overview = try run.page("overview.html")
        #expect(overview.contains("22 of 23 taking part have an accepted submission"))
        #expect(run.baseline.synthetic && run.followUp.synthetic)
        #expect(overview.contains("Synthetic data"))
    }

    @Test func themeScoresOnThePagesAreTheScorersPercentages() async throws {
        let run = try await Self.run()
        let framework = try run.catalog.framework(id: run.summary.baseline.frameworkID)
        let card = Scorer(framework: framework).score(
            try await run.store.currentAssessments(cycleID: run.summary.baseline.id))
        let locality = try #require(card.locality(code: "E08000001"))
        let summary = try run.page("localities/E08000001.html")
        for theme in locality.themes {
            guard let percentage = theme.score.percentage,
                run.baseline.themes.contains(where: { $0.id == theme.themeID })
            else { continue }
            #expect(run.baseline.score("E08000001", theme.themeID) == percentage)
            #expect(summary.contains(String(format: "%.1f", percentage)))
            let distribution = try #require(card.theme(theme.themeID)?.distribution)
            let spread = try #require(run.baseline.themeDistributions.first { $0.themeID == theme.themeID }?.spread)
            #expect(
                [spread.minimum, spread.lowerQuartile, spread.median, spread.upperQuartile, spread.maximum]
                    == [
                        distribution.minimum, distribution.lowerQuartile, distribution.median,
                        distribution.upperQuartile, distribution.maximum,
                    ])
            #expect(summary.contains(String(format: "%.1f", distribution.median)))
        }
        #expect(run.baseline.themeScores.count == 22 * run.baseline.themes.count)
    }

    @Test func marketPlaceHas168RequestsAnd32Offers() async throws {
        let run = try await Self.run()
        let market = try #require(run.baseline.market)
        #expect(market.requests == 168)
        #expect(market.offers == 32)
        #expect(market.themeCounts.map(\.requests).reduce(0, +) == 168)
        let entries = try await run.store.marketEntries(cycleID: run.summary.baseline.id)
        let region = try run.catalog.region(id: "north-west")
        let expected = MarketMatcher(
            region: region,
            card: Scorer(framework: try run.catalog.framework(id: run.summary.baseline.frameworkID))
                .score(try await run.store.currentAssessments(cycleID: run.summary.baseline.id))
        ).match(entries)
        #expect(market.matchedRequests == expected.matches.count)
        #expect(try run.page("overview.html").contains("168 requests for information and 32 offers of support"))
    }

    @Test func indicatorsHaveIntervalsVerdictsAndTheFunnel() async throws {
        let run = try await Self.run()
        let cdop = try #require(run.baseline.indicators.first { $0.id == "cdop-modifiable-factors" })
        #expect(cdop.period == "2014/15")
        let infant = run.baseline.indicatorValues.filter { $0.indicatorID == "infant-mortality" }
        #expect(infant.count == 23)
        for value in infant {
            #expect(value.lower <= value.value && value.value <= value.upper)
            #expect(value.verdicts.map(\.benchmark) == ["North West England", "England"])
        }
        let funnel = try #require(run.baseline.funnel)
        #expect(funnel.points.count == 23)
        let pooled =
            Double(funnel.points.map(\.count).reduce(0, +)) / Double(funnel.points.map(\.denominator).reduce(0, +))
        #expect(abs(funnel.pooledRate - pooled * 1000) < 1e-9)
        #expect(funnel.lines.count == 4)
        for point in funnel.points {
            #expect(point.limits.lower998 <= point.limits.lower95 && point.limits.upper95 <= point.limits.upper998)
            // The region's row is the localities pooled, so the funnel position is the regional verdict.
            let value = try #require(infant.first { $0.localityCode == point.localityCode })
            let regional = try #require(value.verdicts.first { $0.benchmark == "North West England" })
            let above: Bool? = regional.outcome == .similar ? nil : regional.outcome == .worse
            let expected = Reference.position(above: above, level: regional.level)
            #expect(point.position == expected, "\(point.localityCode)")
        }
    }

    @Test func recommendationsActionsAndFollowUp() async throws {
        let run = try await Self.run()
        let regional = run.baseline.recommendations.filter { $0.localityCode == nil }
        #expect(regional.count == 30)
        #expect(regional.contains { $0.status == "completed" })
        let local = run.baseline.recommendations.filter { $0.localityCode != nil }
        #expect(Set(local.compactMap(\.localityCode)) == ["E08000001", "E08000002"])
        #expect(run.baseline.followUp == nil)
        let followUp = try #require(run.followUp.followUp)
        #expect(followUp.baselineCycleName == "North West infant mortality 2016")
        #expect(followUp.themes.map(\.pairedCount).max() == 22)
        #expect(followUp.changes.count == followUp.themes.map(\.pairedCount).reduce(0, +))
        #expect(run.baseline.sources.contains { $0.kind == "indicators" })
        #expect(run.baseline.sources.count { $0.kind.hasPrefix("self-assessment") } == 22)
    }

    @Test func noPageReferencesAnExternalAddressAndSummariesNameOnlyTheirContacts() async throws {
        let run = try await Self.run()
        let framework = try run.catalog.framework(id: run.summary.baseline.frameworkID)
        for (index, data) in [run.baseline, run.followUp].enumerated() {
            let pairings = data.market?.pairings ?? []
            for locality in ReportWriter.summarizedLocalities(data) {
                // The framework's own wording names places ("Blackpool model"); only the rest must not.
                let page = framework.allItems.reduce(try run.page("localities/\(locality.code).html", cycle: index)) {
                    $0.replacingOccurrences(of: Markup.escape($1.text), with: "")
                }
                #expect(!page.contains("http:") && !page.contains("https:") && !page.contains("<script"))
                let contacts = Set(
                    pairings.filter { $0.requesterCode == locality.code }.map(\.providerCode)
                        + pairings.filter { $0.providerCode == locality.code }.map(\.requesterCode))
                let others = data.localities.filter { $0.code != locality.code && !contacts.contains($0.code) }
                let named = others.filter { other in
                    [other.name, other.code].contains { word in
                        let escaped = NSRegularExpression.escapedPattern(for: Markup.escape(word))
                        return page.range(of: "(?<![A-Za-z0-9])\(escaped)(?![A-Za-z0-9])", options: .regularExpression)
                            != nil
                    }
                }
                #expect(named.isEmpty, "\(locality.name) names \(named.map(\.name))")
            }
            for path in ["index.html", "overview.html"] {
                let page = try run.page(path, cycle: index)
                #expect(!page.contains("http:") && !page.contains("https:") && !page.contains("<script"))
            }
        }
    }
}
