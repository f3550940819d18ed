import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import SLIKit
import Testing

@testable import PortalKit

@Suite("The Market Place of the workshop day")
struct MarketPlaceTests {
    @Test func aLocalityRecordsItsRequestAndTheLeadMatchesItWithAnOfferMadeOnAnotherLocalitysBehalf() async throws {
        let fixture = try await PortalFixture()
        let cycle = fixture.cycle.id
        let app = Application(router: fixture.portal.router())
        try await app.test(.router) { client in
            var bolton = PortalBrowser(client)
            try await bolton.signIn("bolton@example.org")
            var lead = PortalBrowser(client)
            try await lead.signIn("lead@example.org")

            let empty = try await bolton.get("/cycles/\(cycle)/localities/\(PortalFixture.bolton)/market")
            #expect(empty.status == .ok)
            #expect(
                empty.text.contains(
                    "<input type=\"hidden\" name=\"locality\" value=\"\(PortalFixture.bolton)\">"))
            #expect(empty.text.contains("<p>None yet.</p>"))
            #expect(empty.text.contains("<p>No pairing for Bolton in the current plan.</p>"))

            let recorded = try await bolton.post(
                "/cycles/\(cycle)/market/entries",
                [
                    "kind": "request", "locality": PortalFixture.bolton, "theme": "cdop", "item": "L1",
                    "title": "Learning from <CDOP> reviews",
                ])
            #expect(recorded.status == .ok)
            #expect(
                recorded.text.contains(
                    "Recorded: request &quot;Learning from &lt;CDOP&gt; reviews&quot; from Bolton on Child Death"
                        + " Overview Panel (L1)."))
            #expect(
                recorded.text.contains(
                    "<td>request</td><td>Child Death Overview Panel</td><td>L1</td>"
                        + "<td>Learning from &lt;CDOP&gt; reviews</td><td></td><td>added on the day</td>"))

            let forWigan = try await bolton.post(
                "/cycles/\(cycle)/market/entries",
                ["kind": "offer", "locality": PortalFixture.wigan, "theme": "cdop", "title": "Not ours to offer"])
            #expect(forWigan.status == .forbidden)
            #expect(try await bolton.get("/cycles/\(cycle)/market").status == .forbidden)
            #expect(try await bolton.get("/cycles/\(cycle)/market/match").status == .forbidden)
            #expect(
                try await bolton.get("/cycles/\(cycle)/localities/\(PortalFixture.wigan)/market").status == .forbidden)

            let offered = try await lead.post(
                "/cycles/\(cycle)/market/entries",
                [
                    "kind": "offer", "locality": PortalFixture.wigan, "theme": "cdop", "item": "L1",
                    "title": "CDOP data dashboard", "capacity": "2",
                ])
            #expect(offered.status == .ok)
            #expect(offered.text.contains("<p>1 requests and 1 offers so far.</p>"))
            #expect(
                offered.text.contains(
                    "<td><a href=\"/cycles/\(cycle)/localities/\(PortalFixture.wigan)/market\">Wigan</a></td>"
                        + "<td>0</td><td>1</td><td>2</td>"))
            #expect(offered.text.contains("<p>Only ask: Bolton. Only offer: Wigan.</p>"))

            let match = try await lead.get("/cycles/\(cycle)/market/match")
            #expect(match.status == .ok)
            #expect(match.text.contains("<p>1 of 1 requests matched, 0 across sub-regions."))
            #expect(
                match.text.contains(
                    "<td>Bolton</td><td>Wigan</td><td>Child Death Overview Panel</td><td>L1</td><td>no</td>"
                        + "<td>Learning from &lt;CDOP&gt; reviews</td><td>CDOP data dashboard</td>"))
            #expect(match.text.contains("<h3>Bolton</h3>"))
            #expect(match.text.contains("<td>will be contacted by</td><td>Bolton</td>"))

            // Bolton's own contacts name the locality it is paired with, and no other.
            let contacts = try await bolton.get("/cycles/\(cycle)/localities/\(PortalFixture.bolton)/market")
            #expect(
                contacts.text.contains(
                    "<td>will contact</td><td>Wigan</td><td>Child Death Overview Panel (L1)</td>"
                        + "<td>Learning from &lt;CDOP&gt; reviews</td><td>CDOP data dashboard</td>"))
            #expect(!contacts.text.contains("Only offer"))

            // The lead recording from Bolton's page stays on Bolton's page.
            let onBehalf = try await lead.post(
                "/cycles/\(cycle)/market/entries",
                [
                    "kind": "request", "locality": PortalFixture.bolton, "theme": "co-sleeping", "title": "Safe sleep",
                    "page": "locality",
                ])
            #expect(onBehalf.text.contains("<h1>Bolton: Market Place of nw-2016</h1>"))
            #expect(onBehalf.text.contains("Recorded: request &quot;Safe sleep&quot; from Bolton on Co-sleeping."))
        }
        let entries = try await fixture.store.marketEntries(cycleID: cycle)
        #expect(entries.map(\.title) == ["Learning from <CDOP> reviews", "CDOP data dashboard", "Safe sleep"])
        #expect(entries.map(\.capacity) == [3, 2, 3])
        let audit = try await fixture.store.auditLog()
        #expect(
            audit.contains {
                $0.actor == "lead@example.org" && $0.action == "recorded"
                    && $0.detail
                        == "offer \"CDOP data dashboard\" from Wigan on Child Death Overview Panel (L1) in nw-2016"
            })
    }

    @Test func aWrongEntryIsRefusedWithEveryProblemAndTheFormKeepsWhatWasTyped() async throws {
        let fixture = try await PortalFixture()
        let cycle = fixture.cycle.id
        try await fixture.browse(as: "bolton@example.org") { bolton in
            let refused = try await bolton.post(
                "/cycles/\(cycle)/market/entries",
                [
                    "kind": "offer", "locality": PortalFixture.bolton, "theme": "cdop", "item": "L9",
                    "description": "Our dashboard", "capacity": "500",
                ])
            #expect(refused.status == .unprocessableContent)
            #expect(
                refused.text.contains(
                    "Nothing was recorded: item &quot;L9&quot; is not in theme &quot;cdop&quot;; title is empty;"
                        + " capacity &quot;500&quot; is not a whole number from 1 to 100."))
            #expect(
                refused.text.contains("<option value=\"offer\" selected=\"selected\">An offer: we can help</option>"))
            #expect(refused.text.contains("value=\"Our dashboard\""))
            #expect(refused.text.contains("value=\"500\""))
        }
        #expect(try await fixture.store.marketEntries(cycleID: cycle).isEmpty)
    }

    @Test func publishingClosesTheMarketPlaceAndOpensItsSummaryToParticipants() async throws {
        let fixture = try await PortalFixture()
        let cycle = fixture.cycle.id
        try await fixture.store.addMarketEntries(
            [
                MarketPlaceEntry(
                    kind: .offer, localityCode: PortalFixture.wigan, themeID: "co-sleeping", itemID: nil,
                    title: "Safe sleep training", description: "", capacity: 3, source: "added on the day")
            ], cycleID: cycle)
        _ = try await fixture.store.publish(cycleID: cycle)
        try await fixture.browse(as: "bolton@example.org") { bolton in
            let closed = try await bolton.post(
                "/cycles/\(cycle)/market/entries",
                ["kind": "request", "locality": PortalFixture.bolton, "theme": "co-sleeping", "title": "Safe sleep"])
            #expect(closed.status == .conflict)
            #expect(
                closed.text.contains(
                    "cycle &quot;nw-2016&quot; is published: its Market Place is frozen and no offer or request can be"
                        + " added or removed"))
            #expect(!closed.text.contains("Record it"))
            let summary = try await bolton.get("/cycles/\(cycle)/market")
            #expect(summary.status == .ok)
            #expect(summary.text.contains("<p>0 requests and 1 offers so far.</p>"))
            #expect(summary.text.contains("<td>Co-sleeping</td><td>0</td><td>1</td><td>3</td>"))
            #expect(!summary.text.contains("<form method=\"post\" action=\"/cycles/\(cycle)/market/entries\""))
        }
        try await fixture.browse(as: "lead@example.org") { lead in
            let page = try await lead.get("/cycles/\(cycle)/market")
            #expect(
                page.text.contains(
                    "The Market Place closed when nw-2016 was published: it is the record of the day, and nothing"
                        + " more can be recorded."))
        }
        #expect(try await fixture.store.marketEntries(cycleID: cycle).count == 1)
    }
}
