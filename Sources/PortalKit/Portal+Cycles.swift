import Foundation
import HTTPTypes
import Hummingbird
import ReportKit
import SLIKit
import SpreadsheetKit

extension Portal {
    /// The home page, the network lead's status of every locality, the chase list, publishing and the
    /// regional overview.
    func addCycleRoutes(to router: Router<PortalRequestContext>) {
        router.get("/") { _, context in
            guard let account = context.account else { return Response.redirect(to: "/login", type: .normal) }
            return try await homePage(account, context: context)
        }
        router.get("/cycles/:cycle") { _, context in
            let cycle = try await cycle(context)
            _ = try require(.viewStatus, context, in: cycle)
            let region = try catalog.region(id: cycle.regionID)
            let status = try await CycleStatus(cycle: cycle, region: region, repository: store)
            let leads = try await localityLeads()
            let rows = status.rows.map { row -> [HTML] in
                [
                    .link("/cycles/\(cycle.id)/localities/\(row.locality.code)", row.locality.name),
                    .text(Self.state(row)), .text(row.current.map { Self.time($0.receivedAt) } ?? ""),
                    .text(leads[row.locality.code, default: []].joined(separator: ", ")),
                ]
            }
            var links: [HTML] = [
                .link("/cycles/\(cycle.id)/chase.csv", "Chase list (CSV)"), .text(" · "),
                .link("/cycles/\(cycle.id)/overview", "Regional overview"), .text(" · "),
                .link("/cycles/\(cycle.id)/recommendations", "Recommendations"), .text(" · "),
                .link("/cycles/\(cycle.id)/market", "Market Place"), .text(" · "),
                .link("/cycles/\(cycle.id)/scores", "Scores"), .text(" · "),
                .link("/cycles/\(cycle.id)/indicators", "Indicators"), .text(" · "),
                .link("/cycles/\(cycle.id)/report", "Report pack"),
            ]
            if !cycle.published {
                links += [.text(" · "), .link("/cycles/\(cycle.id)/publish", "Publish to participants")]
            }
            return PortalPage.response(
                "\(cycle.name): returns", context: context,
                [
                    .tag(
                        "p",
                        "\(status.participatingSummary) localities have returned a workbook (\(status.late) late,"
                            + " \(status.missing) missing). " + Self.deadline(cycle)),
                    .element("p", [], links),
                    .table(["Locality", "Status", "Current version received", "Locality leads"], rows),
                ])
        }
        router.get("/cycles/:cycle/chase.csv") { _, context in
            let cycle = try await cycle(context)
            _ = try require(.viewStatus, context, in: cycle)
            let status = try await CycleStatus(
                cycle: cycle, region: try catalog.region(id: cycle.regionID), repository: store)
            let leads = try await localityLeads()
            var lines = [DelimitedText.line(["Locality", "Code", "Status", "Locality leads"])]
            for row in status.rows where row.state == .notReceived {
                lines.append(
                    DelimitedText.line([
                        row.locality.name, row.locality.code, Self.state(row),
                        leads[row.locality.code, default: []].joined(separator: "; "),
                    ]))
            }
            return PortalPage.download(
                Array(lines.joined().utf8), fileName: "\(cycle.name)-chase.csv", type: "text/csv; charset=utf-8")
        }
        router.get("/cycles/:cycle/publish") { _, context in
            let cycle = try await cycle(context)
            _ = try require(.publish, context, in: cycle)
            return PortalPage.response(
                "Publish \(cycle.name)?", context: context,
                [
                    .tag(
                        "p",
                        "Publishing shows every locality lead the other localities' self-assessments and summaries and"
                            + " the regional overview, and freezes the returns: no file can be added afterwards."
                            + " It cannot be undone."),
                    .form("/cycles/\(cycle.id)/publish", token: context.formToken, button: "Publish \(cycle.name)"),
                ])
        }
        router.post("/cycles/:cycle/publish") { request, context in
            let cycle = try await cycle(context)
            let lead = try require(.publish, context, in: cycle)
            _ = try await PortalForm.read(request, context: context)
            if !cycle.published {
                _ = try await store.publish(cycleID: cycle.id)
                try await audit(lead.email, "published", cycle.name)
            }
            return Response.redirect(to: "/cycles/\(cycle.id)", type: .normal)
        }
        router.get("/cycles/:cycle/overview") { _, context in
            let cycle = try await cycle(context)
            let account = try require(.viewOverview, context, in: cycle)
            try await audit(account.email, "viewed", "the overview of \(cycle.name)")
            return try await reportPage("overview", cycle: cycle)
        }
    }

    /// A page of the cycle's report as ReportKit builds it, from what the store holds now.
    func reportPage(_ path: String, cycle: Cycle) async throws -> Response {
        let data = try await ReportData(store: store, cycle: cycle, catalog: catalog, builtOn: now())
        guard let file = ReportWriter(format: .html).files(for: data).first(where: { $0.path == path + ".html" })
        else {
            throw HTTPError(.notFound, message: "the report of \(cycle.name) has no page \(path) yet")
        }
        return PortalPage.html(file.contents)
    }

    /// The e-mail addresses of the locality leads with an active account, by locality code.
    func localityLeads() async throws -> [String: [String]] {
        var leads: [String: [String]] = [:]
        for account in try await store.accounts() where !account.revoked {
            if case .localityLead(let code) = account.role { leads[code, default: []].append(account.email) }
        }
        return leads
    }

    /// What the signed-in person can open, per cycle.
    func homePage(_ account: Account, context: PortalRequestContext) async throws -> Response {
        var body: [HTML] = []
        for cycle in try await store.cycles().reversed() {
            var links: [HTML] = []
            if AccessPolicy.allows(account, .viewStatus, in: cycle) {
                links.append(.link("/cycles/\(cycle.id)", "Returns of every locality"))
            }
            if case .localityLead(let code) = account.role {
                links.append(.link("/cycles/\(cycle.id)/localities/\(code)", "Your locality's return"))
                links.append(.link("/cycles/\(cycle.id)/localities/\(code)/market", "Your locality's Market Place"))
            }
            if AccessPolicy.allows(account, .viewOverview, in: cycle) {
                links.append(.link("/cycles/\(cycle.id)/overview", "Regional overview"))
            }
            if AccessPolicy.allows(account, .viewMarketPlace, in: cycle) {
                links.append(.link("/cycles/\(cycle.id)/market", "Market Place"))
            }
            if AccessPolicy.allows(account, .viewComparisons, in: cycle) {
                links.append(.link("/cycles/\(cycle.id)/scores", "Scores of every locality"))
                links.append(.link("/cycles/\(cycle.id)/indicators", "Benchmarking indicators"))
            }
            if AccessPolicy.allows(account, .viewReport, in: cycle) {
                links.append(.link("/cycles/\(cycle.id)/report", "Report pack"))
            }
            if AccessPolicy.allows(account, .viewRecommendations, in: cycle) {
                links.append(.link("/cycles/\(cycle.id)/recommendations", "Recommendations"))
            }
            body.append(.tag("h2", "\(cycle.name)\(cycle.published ? " (published)" : "")"))
            body.append(.tag("p", Self.deadline(cycle)))
            body.append(.element("ul", [], links.map { .element("li", [], [$0]) }))
        }
        if AccessPolicy.allows(account, .manageAccounts, in: nil) {
            body.append(.element("p", [], [.link("/accounts", "Accounts and invitations")]))
        }
        return PortalPage.response("Cycles", context: context, body)
    }

    /// `received version 2`, `late (version 1)`, `not received`.
    static func state(_ row: LocalityStatus) -> String {
        switch (row.state, row.current) {
        case (.received, let current?): "received version \(current.version)"
        case (.late, let current?): "late (version \(current.version))"
        default: "not received"
        }
    }

    /// `Returns are due by 31 March 2016.` or `The cycle has no deadline.`
    static func deadline(_ cycle: Cycle) -> String {
        cycle.deadline.map { "Returns are due by \(day($0))." } ?? "The cycle has no deadline."
    }
}
