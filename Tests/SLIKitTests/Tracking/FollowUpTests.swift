import Foundation
import Testing

@testable import SLIKit

@Suite("Follow-up evaluation")
struct FollowUpTests {
    /// Ratings as `[L1, L2, L3, L4, L5]`: a number, `-1` for N/A, `nil` for blank.
    private func assessment(_ code: String, _ ratings: [Int?], framework: String = "test-tracking") -> SelfAssessment {
        let items = TrackingFixtures.framework.themes.flatMap { theme in theme.assessedItems.map { (theme.id, $0.id) } }
        let answers = zip(items, ratings).map { item, value in
            Answer(
                itemID: item.1, themeID: item.0, rating: value.map { $0 < 0 ? .notApplicable : .level($0) },
                source: "\(item.0)!D\(item.1.dropFirst())")
        }
        return SelfAssessment(frameworkID: framework, frameworkVersion: "1", localityCode: code, answers: answers)
    }

    private var baseline: [SelfAssessment] {
        [
            assessment("L01", [1, 2, 0, 1, 1]), assessment("L02", [2, 1, -1, 2, 2]),
            assessment("L03", [3, 2, 1, 2, 2]),
            assessment("L04", [0, 0, 0, 2, 2]), assessment("L05", [1, 1, 1, 2, 2]),
            assessment("L06", [2, 3, nil, 2, 2]), assessment("L07", [1, nil, 2, nil, nil]),
            assessment("L08", [4, 3, 2, 2, 2]), assessment("X09", [1, 1, 1, 1, 1]),
        ]
    }

    private var followUp: [SelfAssessment] {
        [
            assessment("L01", [3, 2, 1, 2, 1]), assessment("L02", [2, 3, 2, 2, 2]), assessment("L03", [2, 2, 1, 2, 2]),
            assessment("L04", [2, 1, 0, 2, 2]), assessment("L05", [1, 1, 1, 2, 2]),
            assessment("L06", [4, 4, nil, 2, 2]), assessment("L07", [2, 3, nil, nil, -1]),
            assessment("L08", [3, 3, 4, 2, 2]), assessment("Y10", [2, 2, 2, 2, 2]),
        ]
    }

    private func evaluate() throws -> FollowUp {
        try FollowUp(framework: TrackingFixtures.framework, baseline: baseline, followUp: followUp)
    }

    @Test func listsLocalitiesThatTookPartInOneCycleOnly() throws {
        let result = try evaluate()
        #expect(result.baselineOnly == ["X09"])
        #expect(result.followUpOnly == ["Y10"])
        #expect(result.paired == ["L01", "L02", "L03", "L04", "L05", "L06", "L07", "L08"])
        #expect(result.implementation.count == 8)
    }

    @Test func classifiesEveryItemChangeWithNotApplicableNeverZero() throws {
        let result = try evaluate()
        #expect(
            result.itemChanges(localityCode: "L01").map(\.change) == [.improved, .same, .improved, .improved, .same])
        #expect(result.itemChanges(localityCode: "L02").map(\.change)[2] == .newlyAnswered)
        #expect(result.itemChanges(localityCode: "L03").map(\.change)[0] == .declined)
        #expect(result.itemChanges(localityCode: "L06").map(\.change)[2] == .notRated)
        #expect(
            result.itemChanges(localityCode: "L07").map(\.change) == [
                .improved, .newlyAnswered, .noLongerAnswered, .notRated, .notRated,
            ])
        #expect(result.itemChanges(localityCode: "L07")[4].followUp == .notApplicable)
        #expect(result.itemChanges(localityCode: "L08")[2].difference == 2)
        #expect(result.itemChanges(localityCode: "L02")[2].difference == nil)
    }

    @Test func testsEachThemeAcrossLocalitiesAsScipyDoes() throws {
        let theme = try #require(try evaluate().themes.first)
        #expect(theme.themeID == "safer-sleep")
        let changes = theme.localities.map(\.change)
        let expected = [1, 1, -1.0 / 3, 1, 0, 1.5, 1, 1.0 / 3]
        #expect(zip(changes, expected).allSatisfy { abs($0 - $1) < 1e-12 })
        #expect(theme.localities.map(\.pairedItems) == [3, 2, 3, 3, 3, 2, 1, 3])
        #expect(theme.medianChange == 1)
        // Scripts/reference-wilcoxon.py, set "theme-a": n=7 W=1.5 z=-2.156 p=0.03111
        #expect(theme.test.n == 7)
        #expect(theme.test.statistic == 1.5)
        #expect(significant(try #require(theme.test.z)) == -2.156)
        #expect(significant(try #require(theme.test.p)) == 0.03111)
    }

    @Test func saysWhenAThemeHasTooFewChangesToTest() throws {
        let theme = try #require(try evaluate().themes.last)
        #expect(theme.themeID == "smoking")
        #expect(theme.unpairedLocalities == ["L07"])
        #expect(theme.test.n == 1)
        #expect(!theme.test.isTested)
        #expect(theme.test.z == nil)
        #expect(theme.medianChange == 0)
    }

    @Test(arguments: [
        // Scripts/reference-wilcoxon.py, set "ties-and-zeros": n=11 W=15 z=-1.61 p=0.1074
        ([0.5, -1, 2, 2, 0, -0.5, 3, 1, 1, -2, 0.5, 4], 11, 15.0, -1.61, 0.1074),
        // Scripts/reference-wilcoxon.py, set "no-ties": n=6 W=1 z=-1.992 p=0.0464
        ([1.5, 2.5, -0.7, 3.1, 4.2, 0.9], 6, 1.0, -1.992, 0.0464),
    ])
    func matchesTheReferenceFigures(differences: [Double], n: Int, w: Double, z: Double, p: Double) throws {
        let test = WilcoxonSignedRank(differences: differences)
        #expect(test.n == n)
        #expect(test.statistic == w)
        #expect(significant(try #require(test.z)) == z)
        #expect(significant(try #require(test.p)) == p)
    }

    @Test func countsImplementationRegionalProgressAndIndicatorChange() throws {
        let plan = try ActionPlanImport(framework: TrackingFixtures.framework)
            .read(TrackingFixtures.workbook("messy-plan.csv"), fileName: "messy-plan.csv")
        let day = TrackingFixtures.day(2017, 7, 1)
        let status = ActionStatus(
            localityCode: "L01", framework: TrackingFixtures.framework, actions: plan.actions, asOf: day)
        let tracker = try RecommendationTracker(
            framework: TrackingFixtures.framework,
            updates: [
                RecommendationUpdate(recommendationID: "R1", status: .completed, date: day, author: "CDOP chair"),
                RecommendationUpdate(recommendationID: "R2", status: .inProgress, date: day, author: "PHE"),
            ])
        let key = { IndicatorKey(indicatorID: "infant-mortality", localityCode: $0) }
        let result = try FollowUp(
            framework: TrackingFixtures.framework, baseline: baseline, followUp: followUp, actionStatuses: [status],
            regional: tracker.recommendations(asOf: day),
            baselineIndicators: [key("L01"): 5.2, key("L02"): 4.0, key("X09"): 6.1],
            followUpIndicators: [key("L01"): 4.7, key("L02"): 4.5, key("Y10"): 3.9])
        #expect(result.implementation[0].completed == 1)
        #expect(result.implementation[0].share == 0.2)
        #expect(result.implementation[1].completed == nil)
        #expect(result.implementation[1].share == nil)
        #expect(result.regional.total == 4)
        #expect(result.regional.count(.completed) == 1)
        #expect(result.indicatorChanges.map(\.key.localityCode) == ["L01", "L02"])
        #expect(abs(result.indicatorChanges[0].change - -0.5) < 1e-12)
        #expect(result.indicatorsInOneCycle.map(\.localityCode) == ["X09", "Y10"])
    }

    @Test func refusesAssessmentsOfAnotherFramework() {
        let other = assessment("L01", [1, 1, 1, 1, 1], framework: "nst-infant-mortality-2011")
        let error = #expect(throws: TrackingError.self) {
            try FollowUp(framework: TrackingFixtures.framework, baseline: [other], followUp: followUp)
        }
        #expect(
            error?.description == "L01: assessment uses framework nst-infant-mortality-2011, expected test-tracking")
    }

    /// `value` rounded to 4 significant figures.
    private func significant(_ value: Double) -> Double {
        guard value != 0 else { return 0 }
        let scale = pow(10, 3 - floor(log10(abs(value))))
        return (value * scale).rounded() / scale
    }
}
