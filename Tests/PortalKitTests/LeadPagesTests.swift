import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import SLIKit
import Testing

@testable import PortalKit

@Suite("The network lead's and the lead body's pages")
struct LeadPagesTests {
    @Test func theStatusPageAndTheChaseListNameEveryLocalityAndItsLeads() async throws {
        let fixture = try await PortalFixture()
        try await fixture.browse(as: "lead@example.org") { lead in
            let status = try await lead.get("/cycles/\(fixture.cycle.id)")
            #expect(status.text.contains("2 of 23 localities have returned a workbook (0 late, 21 missing)."))
            #expect(
                status.text.contains(
                    "<td><a href=\"/cycles/\(fixture.cycle.id)/localities/E08000001\">Bolton</a></td>"
                        + "<td>received version 1</td>"))
            #expect(status.text.contains("<td>bolton@example.org</td>"))
            let chase = try await lead.get("/cycles/\(fixture.cycle.id)/chase.csv")
            #expect(chase.headers[.contentDisposition] == "attachment; filename=\"nw-2016-chase.csv\"")
            let lines = chase.text.components(separatedBy: "\r\n").filter { !$0.isEmpty }
            #expect(lines.first == "Locality,Code,Status,Locality leads")
            #expect(lines.count == 22)
            #expect(lines.contains("Bury,E08000002,not received,"))
            #expect(!lines.contains { $0.hasPrefix("Bolton,") || $0.hasPrefix("Wigan,") })
        }
    }

    @Test func aLeadBodyAppendsUpdatesToItsRecommendationsAndTheHistoryIsKept() async throws {
        let fixture = try await PortalFixture()
        let id = try fixture.leadBodyRecommendation()
        try await fixture.browse(as: "phe@example.org") { phe in
            let path = "/cycles/\(fixture.cycle.id)/recommendations/\(id)"
            let first = try await phe.post(
                path, ["status": "in-progress", "note": "audit <planned>", "evidence": "https://example.org/minutes"])
            #expect(first.text.contains("\(id): update recorded."))
            let second = try await phe.post(path, ["status": "completed", "note": "audit done", "due": "2017-06-30"])
            #expect(second.text.contains("Status: completed, due 30 June 2017."))
            #expect(second.text.contains("<td>audit &lt;planned&gt;</td>"))
            let refused = try await phe.post(path, ["status": "not-taken-forward"])
            #expect(refused.text.contains(TrackingError.missingReason(recommendationID: id).description))
            let badDate = try await phe.post(path, ["status": "completed", "due": "next June"])
            #expect(
                badDate.text.contains(
                    "due date &quot;next June&quot; is not a date (expected YYYY-MM-DD, such as 2017-06-30)"))
            let updates = try await fixture.store.recommendationUpdates(cycleID: fixture.cycle.id)
            #expect(updates.map(\.status) == [.inProgress, .completed])
            #expect(updates.map(\.author) == ["phe@example.org", "phe@example.org"])
            #expect(updates.first?.evidence == "https://example.org/minutes")
        }
    }
}
