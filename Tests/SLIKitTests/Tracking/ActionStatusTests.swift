import Foundation
import Testing

@testable import SLIKit

@Suite("Action status")
struct ActionStatusTests {
    @Test func showsWhichLocalRecommendationsHaveActionsAreOverdueOrHaveNone() throws {
        let plan = try ActionPlanImport(framework: TrackingFixtures.framework)
            .read(TrackingFixtures.workbook("messy-plan.csv"), fileName: "messy-plan.csv")
        let status = ActionStatus(
            localityCode: "E08000001", framework: TrackingFixtures.framework, actions: plan.actions,
            asOf: TrackingFixtures.day(2017, 7, 1))
        #expect(status.entries.map(\.itemID) == ["L1", "L2", "L3", "L4", "L5"])
        #expect(status.entries.map(\.state) == [.overdue, .completed, .noAction, .planned, .noAction])
        #expect(status.entries.map(\.actionRows) == [[5, 6], [6], [], [11], []])
        #expect(status.unlinkedActionRows == [8, 12])
        #expect(status.implementedShare == 0.2)
        let earlier = ActionStatus(
            localityCode: "E08000001", framework: TrackingFixtures.framework, actions: plan.actions,
            asOf: TrackingFixtures.day(2017, 3, 31))
        #expect(earlier.itemIDs(.overdue) == [])
        #expect(earlier.itemIDs(.planned) == ["L1", "L4"])
    }
}
