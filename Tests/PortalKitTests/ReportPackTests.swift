import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import SLIKit
import Testing
import ZIPFoundation

@testable import PortalKit

@Suite("The report pack built on demand")
struct ReportPackTests {
    /// The files of a zip by path, as text.
    static func unzip(_ data: Data) throws -> [String: String] {
        let archive = try Archive(data: data, accessMode: .read)
        var files: [String: String] = [:]
        for entry in archive {
            var contents = Data()
            _ = try archive.extract(entry) { contents.append($0) }
            files[entry.path] = String(decoding: contents, as: UTF8.self)
        }
        return files
    }

    @Test func theLeadDownloadsTheWholePackAsAZipAndViewsItsPagesInTheBrowser() async throws {
        let fixture = try await PortalFixture()
        let cycle = fixture.cycle.id
        try await fixture.browse(as: "lead@example.org") { lead in
            let zip = try await lead.get("/cycles/\(cycle)/report.zip")
            #expect(zip.status == .ok)
            #expect(zip.headers[.contentType] == "application/zip")
            #expect(zip.headers[.contentDisposition] == "attachment; filename=\"nw-2016-report.zip\"")
            let files = try Self.unzip(Data(buffer: zip.body))
            for path in ["index.html", "overview.html", "localities/E08000001.html", "localities/E08000010.html"] {
                #expect(files["nw-2016-report/\(path)"]?.contains("<!DOCTYPE html>") == true, "\(path)")
            }
            #expect(files["nw-2016-report/tables/participation.csv"] != nil)

            let list = try await lead.get("/cycles/\(cycle)/report")
            #expect(list.text.contains("<a href=\"/cycles/\(cycle)/report/overview.html\">overview.html</a>"))
            let index = try await lead.get("/cycles/\(cycle)/report/index.html")
            #expect(index.status == .ok)
            #expect(index.headers[.contentType] == "text/html; charset=utf-8")
            #expect(index.text.contains("href=\"localities/E08000010.html\""))
            let table = try await lead.get("/cycles/\(cycle)/report/tables/participation.csv")
            #expect(table.headers[.contentType] == "text/csv; charset=utf-8")
            #expect(table.text == files["nw-2016-report/tables/participation.csv"])
            let missing = try await lead.get("/cycles/\(cycle)/report/localities/E08000002.html")
            #expect(missing.status == .notFound)
            #expect(missing.text.contains("the report of nw-2016 has no file localities/E08000002.html"))
        }
        #expect(
            try await fixture.store.auditLog().contains {
                $0.action == "downloaded" && $0.detail.hasPrefix("the report pack of nw-2016 (")
            })
    }

    @Test func aLocalityGetsOnlyItsOwnSummaryUntilTheCycleIsPublished() async throws {
        let fixture = try await PortalFixture()
        let cycle = fixture.cycle.id
        try await fixture.browse(as: "bolton@example.org") { bolton in
            let before = try Self.unzip(Data(buffer: try await bolton.get("/cycles/\(cycle)/report.zip").body))
            #expect(before["nw-2016-report/localities/E08000001.html"] != nil)
            #expect(before["nw-2016-report/tables/localities/E08000001/themes.csv"] != nil)
            #expect(
                before.keys.allSatisfy {
                    $0 == "nw-2016-report/localities/E08000001.html"
                        || $0.hasPrefix("nw-2016-report/tables/localities/E08000001/")
                })
            #expect(before.values.allSatisfy { !$0.contains("Wigan") && !$0.contains(PortalFixture.wigan) })
            #expect(
                try await bolton.get("/cycles/\(cycle)/report/localities/E08000010.html").status == .forbidden)
            #expect(try await bolton.get("/cycles/\(cycle)/report/localities/E08000002.html").status == .forbidden)

            _ = try await fixture.store.publish(cycleID: cycle)
            let after = try Self.unzip(Data(buffer: try await bolton.get("/cycles/\(cycle)/report.zip").body))
            #expect(after["nw-2016-report/overview.html"] != nil)
            #expect(after["nw-2016-report/localities/E08000010.html"] != nil)
        }
    }

    @Test func aLocalityWithNoAcceptedReturnIsToldWhyThePackIsEmpty() async throws {
        let fixture = try await PortalFixture()
        _ = try await fixture.portal.createAccount(
            email: "bury@example.org", role: .localityLead(localityCode: "E08000002"),
            password: PortalFixture.password)
        try await fixture.browse(as: "bury@example.org") { bury in
            let refused = try await bury.get("/cycles/\(fixture.cycle.id)/report.zip")
            #expect(refused.status == .notFound)
            #expect(
                refused.text.contains(
                    "the report of nw-2016 has nothing for you yet: a locality&#39;s summary is in it once the"
                        + " locality&#39;s return is accepted"))
        }
    }
}
