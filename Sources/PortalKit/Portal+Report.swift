import Foundation
import HTTPTypes
import Hummingbird
import ReportKit
import SLIKit

extension Portal {
    /// The report pack, built on demand from what the store holds: a page listing its files, each file in
    /// the browser, and the whole pack as a zip. Everyone gets only the files ``AccessPolicy`` lets them
    /// see: a locality lead its own summary and tables until the cycle is published.
    func addReportRoutes(to router: Router<PortalRequestContext>) {
        router.get("/cycles/:cycle/report") { _, context in
            let cycle = try await cycle(context)
            let files = try await reportFiles(cycle, context: context).files
            func links(_ chosen: [ReportFile]) -> HTML {
                .element(
                    "ul", [],
                    chosen.map { HTML.element("li", [], [.link("/cycles/\(cycle.id)/report/\($0.path)", $0.path)]) })
            }
            return PortalPage.response(
                "\(cycle.name): report pack", context: context,
                [
                    .tag(
                        "p",
                        "Built now from the returns, figures and updates the store holds; its pages name the files"
                            + " and versions they were built from."),
                    .element("p", [], [.link("/cycles/\(cycle.id)/report.zip", "Download these files as a zip")]),
                    .tag("h2", "Pages"), links(files.filter { !$0.path.hasPrefix("tables/") }),
                    .tag("h2", "Tables"), links(files.filter { $0.path.hasPrefix("tables/") }),
                ])
        }
        router.get("/cycles/:cycle/report.zip") { _, context in
            let cycle = try await cycle(context)
            let (account, files) = try await reportFiles(cycle, context: context)
            let folder = PortalPage.safeName("\(cycle.name)-report")
            let zip = try ReportArchive.zip(files, folder: folder, date: now())
            try await audit(account.email, "downloaded", "the report pack of \(cycle.name) (\(files.count) files)")
            return PortalPage.download(Array(zip), fileName: "\(folder).zip", type: "application/zip")
        }
        router.get("/cycles/:cycle/report/**") { _, context in
            let cycle = try await cycle(context)
            let path = context.parameters.getCatchAll().joined(separator: "/")
            _ = try require(AccessPolicy.action(forReportFile: path), context, in: cycle)
            let data = try await ReportData(store: store, cycle: cycle, catalog: catalog, builtOn: now())
            guard let file = ReportWriter(format: .html).files(for: data).first(where: { $0.path == path }) else {
                throw HTTPError(.notFound, message: "the report of \(cycle.name) has no file \(path)")
            }
            let types = ["html": "text/html", "csv": "text/csv", "json": "application/json"]
            let type = types[String(path.split(separator: ".").last ?? "")] ?? "text/plain"
            return Response(
                status: .ok, headers: [.contentType: "\(type); charset=utf-8"],
                body: .init(byteBuffer: ByteBuffer(string: file.contents)))
        }
    }

    /// The files of the cycle's report pack, built now, that the signed-in person may see.
    ///
    /// - Throws: `HTTPError` 303 to the sign-in page when nobody is signed in, 403 when the policy refuses
    ///   the pack, 404 when none of its files is theirs yet.
    func reportFiles(_ cycle: Cycle, context: PortalRequestContext) async throws -> (
        account: Account, files: [ReportFile]
    ) {
        let account = try require(.viewReport, context, in: cycle)
        let data = try await ReportData(store: store, cycle: cycle, catalog: catalog, builtOn: now())
        let files = ReportWriter(format: .html).files(for: data).filter {
            AccessPolicy.allows(account, AccessPolicy.action(forReportFile: $0.path), in: cycle)
        }
        guard !files.isEmpty else {
            throw HTTPError(
                .notFound,
                message: "the report of \(cycle.name) has nothing for you yet: a locality's summary is in it once"
                    + " the locality's return is accepted")
        }
        return (account, files)
    }
}
