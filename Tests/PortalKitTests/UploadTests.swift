import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import SLIKit
import SpreadsheetKit
import Testing

@testable import PortalKit

@Suite("Locality pages: workbooks and returns")
struct UploadTests {
    @Test func aReturnIsRefusedWithEveryProblemByCellThenAcceptedAsANewVersionThenUnchanged() async throws {
        let fixture = try await PortalFixture()
        let path = "/cycles/\(fixture.cycle.id)/localities/\(PortalFixture.bolton)"
        try await fixture.browse(as: "bolton@example.org") { bolton in
            let broken = try await bolton.upload(
                "\(path)/returns", file: try fixture.workbook(PortalFixture.bolton, brokenRating: "7"),
                fileName: "Bolton <draft>.xml")
            #expect(broken.status == .unprocessableContent)
            let place = fixture.firstRatingCell
            #expect(broken.text.contains("<h1>Bolton &lt;draft&gt;.xml: not accepted</h1>"))
            #expect(
                broken.text.contains(
                    "<tr><td>error</td><td>Bolton &lt;draft&gt;.xml</td><td>\(place.sheet)</td><td>\(place.cell)</td>"
                        + "<td>rating &quot;7&quot; is not on the scale 0-4 (or N/A)</td></tr>"))
            #expect(
                try await fixture.store.history(cycleID: fixture.cycle.id, localityCode: PortalFixture.bolton).count
                    == 1)

            let fixed = try fixture.workbook(PortalFixture.bolton, rating: 2)
            let accepted = try await bolton.upload("\(path)/returns", file: fixed, fileName: "Bolton.xml")
            #expect(accepted.status == .ok)
            #expect(accepted.text.contains("Bolton.xml: accepted as version 2."))
            let unchanged = try await bolton.upload("\(path)/returns", file: fixed, fileName: "Bolton.xml")
            #expect(unchanged.text.contains("Bolton.xml: unchanged (same bytes as version 2)."))

            let home = try await bolton.get(path)
            #expect(home.text.contains("Status: received version 2."))
            #expect(home.text.contains("Bolton.xml was accepted as version 2"))
            #expect(home.text.contains("<a href=\"\(path)/versions/2\">Bolton.xml</a>"))
            let original = try await bolton.get("\(path)/versions/2")
            #expect(Data(buffer: original.body) == fixed)
            #expect(original.headers[.contentDisposition] == "attachment; filename=\"Bolton.xml\"")
            let log = try await fixture.store.auditLog().filter { $0.action == "uploaded" }.map(\.detail)
            #expect(
                log == [
                    "Bolton <draft>.xml for Bolton in nw-2016: not accepted (1 error)",
                    "Bolton.xml for Bolton in nw-2016: accepted as version 2",
                    "Bolton.xml for Bolton in nw-2016: unchanged (same bytes as version 2)",
                ])
        }
    }

    @Test func anotherLocalitysWorkbookIsNotTakenAsThisLocalitysReturn() async throws {
        let fixture = try await PortalFixture()
        try await fixture.browse(as: "bolton@example.org") { bolton in
            let response = try await bolton.upload(
                "/cycles/\(fixture.cycle.id)/localities/\(PortalFixture.bolton)/returns",
                file: try fixture.workbook(PortalFixture.wigan, rating: 1), fileName: "Wigan.xml")
            #expect(response.status == .unprocessableContent)
            #expect(
                response.text.contains(
                    "the workbook is for Wigan (E08000010) but this return is for Bolton (E08000001): download this"
                        + " locality&#39;s own workbook and fill that in"))
            #expect(
                try await fixture.store.history(cycleID: fixture.cycle.id, localityCode: PortalFixture.wigan).count == 1
            )
        }
    }

    @Test func anUploadLargerThanAReturnMayBeGetsAPageThatSaysSo() async throws {
        let fixture = try await PortalFixture()
        try await fixture.browse(as: "bolton@example.org") { bolton in
            let response = try await bolton.upload(
                "/cycles/\(fixture.cycle.id)/localities/\(PortalFixture.bolton)/returns",
                file: Data(count: PortalForm.maximumBodyBytes + 1), fileName: "huge.xlsx")
            #expect(response.status == .contentTooLarge)
            #expect(
                response.text.contains(
                    "the file is larger than a return may be (16 MB): check that it is the self-assessment workbook"))
        }
    }

    @Test(arguments: [("xlsx", SpreadsheetFormat.xlsx), ("fods", .fods), ("xml", .spreadsheetML)])
    func theWorkbookDownloadsInEachFormatUnderASafeName(format: String, expected: SpreadsheetFormat) async throws {
        let fixture = try await PortalFixture()
        try await fixture.browse(as: "bolton@example.org") { bolton in
            let response = try await bolton.get(
                "/cycles/\(fixture.cycle.id)/localities/\(PortalFixture.bolton)/workbook/\(format)")
            #expect(response.status == .ok)
            #expect(
                response.headers[.contentDisposition] == "attachment; filename=\"Bolton.\(expected.fileExtension)\"")
            let read = try SpreadsheetReader.read(
                data: Data(buffer: response.body), fileName: "Bolton.\(format)", limits: .submission)
            #expect(read.format == expected)
            #expect(read.workbook.sheets.contains { $0.name == fixture.firstRatingCell.sheet })
        }
    }

    @Test func everyPageCarriesTheSecurityHeadersAndAViewport() async throws {
        let fixture = try await PortalFixture()
        try await Application(router: fixture.portal.router()).test(.router) { client in
            var visitor = PortalBrowser(client)
            let response = try await visitor.get("/login")
            #expect(response.headers[.contentSecurityPolicy]?.contains("default-src 'self'") == true)
            #expect(response.headers[.contentSecurityPolicy]?.contains("frame-ancestors 'none'") == true)
            #expect(response.headers[.xContentTypeOptions] == "nosniff")
            #expect(response.text.contains("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"))
            #expect(!response.text.contains("<script"))
        }
    }
}
