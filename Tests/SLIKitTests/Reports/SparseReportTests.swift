import Foundation
import Testing

@testable import ReportKit
@testable import SLIKit

#if canImport(FoundationXML)
    import FoundationXML
#endif

@Suite("Reports with little data")
struct SparseReportTests {
    static func data() -> ReportData {
        ReportData(
            cycleName: "Empty cycle", regionName: "North West", framework: "nw-infant-mortality-2016 version 1",
            builtOn: "2016-01-05", synthetic: false, localities: Array(ReportSample.localities.prefix(2)),
            themes: Array(ReportSample.themes.prefix(2)),
            participation: [
                ReportParticipation(localityCode: "E08000001", status: .notReceived),
                ReportParticipation(localityCode: "E08000002", status: .rejected, problemCount: 3),
            ])
    }

    @Test func aCycleWithoutSubmissionsStillWritesWellFormedPages() throws {
        let files = ReportWriter().files(for: Self.data())
        #expect(files.filter { $0.path.hasSuffix(".html") }.map(\.path) == ["index.html", "overview.html"])
        for file in files where file.path.hasSuffix(".html") {
            #expect(XMLParser(data: Data(file.contents.utf8)).parse(), "\(file.path)")
            #expect(!file.contents.contains("Synthetic data"))
        }
        let overview = try #require(files.first { $0.path == "overview.html" }).contents
        #expect(overview.contains("0 of 2 taking part have an accepted submission (0 after the deadline)"))
        #expect(overview.contains("Built from no files."))
        #expect(!overview.contains("<svg"))
    }

    @Test func aRecommendationWithJointLeadsCountsUnderEachBody() throws {
        var data = Self.data()
        data.recommendations = [
            ReportRecommendation(
                reference: "R1", text: "Joint", leadBody: "PHE North West; North West Localities", status: "completed"),
            ReportRecommendation(reference: "R2", text: "Alone", leadBody: "PHE North West", status: "completed"),
        ]
        let blocks = OverviewPage.recommendations(data)
        guard case .chart(let svg, _) = try #require(blocks.last) else {
            Issue.record("the regional recommendations have no chart")
            return
        }
        #expect(svg.contains(">PHE North West</text>"))
        #expect(svg.contains(">North West Localities</text>"))
        #expect(!svg.contains(">PHE North West; North West"))
        #expect(svg.contains(">2</text>"), "PHE North West leads both")
    }

    @Test func equalScoresAndAMissingThemeScoreDrawWithoutGaps() throws {
        var data = Self.data()
        data.participation[0].status = .received
        data.themeScores = [
            ReportThemeScore(localityCode: "E08000001", themeID: "cdop", score: 50),
            ReportThemeScore(localityCode: "E08000001", themeID: "capacity", score: nil),
        ]
        data.themeDistributions = [
            ReportThemeDistribution(themeID: "cdop", spread: try #require(ReportSpread.of([50])))
        ]
        data.funnel = ReportFunnel(
            title: "Infant mortality", unit: "per 1,000 live births", denominatorName: "live births",
            pooledRate: 4, points: [], lines: [])
        data.market = ReportMarket(requests: 0, offers: 0, matchedRequests: 0, themeCounts: [], pairings: [])
        let files = ReportWriter().files(for: data)
        for file in files where file.path.hasSuffix(".html") {
            #expect(XMLParser(data: Data(file.contents.utf8)).parse(), "\(file.path)")
            let broken = file.contents.range(of: "(nan|inf)[\" ,<]", options: [.regularExpression, .caseInsensitive])
            #expect(broken == nil, "\(file.path) prints a number that is not finite")
        }
        let summary = try #require(files.first { $0.path == "localities/E08000001.html" }).contents
        #expect(summary.contains("<td>top quartile</td>"), "a lone score sits on every quartile, so in the top one")
        #expect(summary.contains("0 contacts offering help with its requests and 0 contacts asking for its offers"))
        let overview = try #require(files.first { $0.path == "overview.html" }).contents
        #expect(overview.contains(">n/a</text>"), "the heatmap marks the theme without a score")
    }

    @Test func publishedCyclesWidenTheOverviewsAudience() throws {
        var data = Self.data()
        data.published = true
        let overview = try #require(ReportWriter().files(for: data).first { $0.path == "overview.html" }).contents
        #expect(
            overview.contains(
                "<dd>Regional network lead and the participating localities (submissions are published)</dd>"))
    }
}
