import Foundation
import HTTPTypes
import Hummingbird
import SLIKit
import SpreadsheetKit

extension Portal {
    /// A locality's pages: its return's status and versions, the workbook, uploads, the original files
    /// and its summary.
    func addLocalityRoutes(to router: Router<PortalRequestContext>) {
        router.get("/cycles/:cycle/localities/:code") { _, context in
            let cycle = try await cycle(context)
            let code = context.parameters.get("code") ?? ""
            let account = try require(.viewLocality(code: code), context, in: cycle)
            let (region, _, locality) = try locality(context, in: cycle)
            return try await localityPage(locality, region: region, cycle: cycle, account: account, context: context)
        }
        router.get("/cycles/:cycle/localities/:code/workbook/:format") { _, context in
            let cycle = try await cycle(context)
            let account = try require(.returnWorkbook(code: context.parameters.get("code") ?? ""), context, in: cycle)
            let (region, framework, locality) = try locality(context, in: cycle)
            let formats: [String: SpreadsheetFormat] = ["xml": .spreadsheetML, "xlsx": .xlsx, "fods": .fods]
            guard let format = formats[context.parameters.get("format") ?? ""] else {
                throw HTTPError(.notFound, message: "workbooks come as xml, xlsx or fods")
            }
            let template = WorkbookTemplate(
                framework: framework, region: region, deadline: cycle.deadline, contact: nil, cycle: cycle.name)
            let name = WorkbookTemplate.fileName(for: locality, format: format)
            let data = try SpreadsheetWriter.data(for: template.render(for: locality), format: format, fileName: name)
            try await audit(account.email, "downloaded", "the workbook \(name) of \(cycle.name)")
            return PortalPage.download(Array(data), fileName: name, type: "application/octet-stream")
        }
        router.post("/cycles/:cycle/localities/:code/returns") { request, context in
            let cycle = try await cycle(context)
            let account = try require(.returnWorkbook(code: context.parameters.get("code") ?? ""), context, in: cycle)
            let (region, framework, locality) = try locality(context, in: cycle)
            let form = try await PortalForm.read(request, context: context)
            guard let file = form.files["workbook"], !file.fileName.isEmpty else {
                throw HTTPError(.unprocessableContent, message: "choose the workbook file to upload, then send it")
            }
            var ingester = Ingester(
                repository: store, cycle: cycle, framework: framework, region: region, submittedBy: account.email,
                now: now)
            ingester.localityCode = locality.code
            let result = await ingester.ingest(file.data, fileName: file.fileName)
            try await audit(
                account.email, "uploaded",
                "\(file.fileName) for \(locality.name) in \(cycle.name): \(Self.words(result))")
            return uploadResultPage(result, locality: locality, cycle: cycle, context: context)
        }
        router.get("/cycles/:cycle/localities/:code/versions/:version") { _, context in
            let cycle = try await cycle(context)
            let account = try require(.viewLocality(code: context.parameters.get("code") ?? ""), context, in: cycle)
            let (_, _, locality) = try locality(context, in: cycle)
            let history = try await store.history(cycleID: cycle.id, localityCode: locality.code)
            guard let version = context.parameters.get("version", as: Int.self),
                let submission = history.first(where: { $0.version == version })
            else {
                throw HTTPError(.notFound, message: "\(locality.name) has no such version in \(cycle.name)")
            }
            try await audit(account.email, "downloaded", "\(submission.fileName) (\(locality.name) version \(version))")
            return PortalPage.download(
                Array(try await store.originalBytes(of: submission)), fileName: submission.fileName,
                type: "application/octet-stream")
        }
        router.get("/cycles/:cycle/localities/:code/summary") { _, context in
            let cycle = try await cycle(context)
            _ = try require(.viewLocality(code: context.parameters.get("code") ?? ""), context, in: cycle)
            let (_, _, locality) = try locality(context, in: cycle)
            return try await reportPage("localities/\(locality.code)", cycle: cycle)
        }
    }

    /// `1 error`, `3 errors`.
    static func errorCount(_ problems: [Problem]) -> String {
        let count = problems.count { $0.severity == .error }
        return "\(count) error\(count == 1 ? "" : "s")"
    }

    /// `accepted as version 2`, `unchanged (same bytes as version 1)`, `not accepted (3 errors)`.
    static func words(_ result: IngestResult) -> String {
        switch result.outcome {
        case .accepted(let submission): "accepted as version \(submission.version)"
        case .unchanged(let submission): "unchanged (same bytes as version \(submission.version))"
        case .rejected(let problems): "not accepted (\(errorCount(problems)))"
        }
    }

    /// A table of problems with the file, sheet and cell each is at, in the words the CLI prints.
    static func problemTable(_ problems: [Problem]) -> HTML {
        .table(
            ["", "File", "Sheet", "Cell", "Problem"],
            problems.map { problem in
                [
                    .text(problem.severity.rawValue), .text(problem.file), .text(problem.sheet ?? ""),
                    .text(problem.cell ?? ""), .text(problem.message),
                ]
            })
    }

    func uploadResultPage(_ result: IngestResult, locality: Locality, cycle: Cycle, context: PortalRequestContext)
        -> Response
    {
        let back = HTML.link("/cycles/\(cycle.id)/localities/\(locality.code)", "Back to \(locality.name)'s return")
        switch result.outcome {
        case .rejected(let problems):
            return PortalPage.response(
                "\(result.path): not accepted", context: context, status: .unprocessableContent,
                [
                    .problem(
                        "Nothing was stored. Fix every error below in the workbook and upload it again"
                            + " (\(Self.errorCount(problems)))."),
                    Self.problemTable(problems), back,
                ])
        case .accepted, .unchanged:
            var body: [HTML] = [.element("p", [("class", "ok")], [.text("\(result.path): \(Self.words(result)).")])]
            if !result.warnings.isEmpty {
                body += [.tag("h2", "Worth a look (the file was accepted)"), Self.problemTable(result.warnings)]
            }
            return PortalPage.response(
                "\(locality.name): \(Self.words(result))", context: context, body + [back])
        }
    }

    func localityPage(
        _ locality: Locality, region: Region, cycle: Cycle, account: Account, context: PortalRequestContext
    ) async throws -> Response {
        let history = try await store.history(cycleID: cycle.id, localityCode: locality.code)
        let row = LocalityStatus(locality: locality, cycle: cycle, history: history)
        let base = "/cycles/\(cycle.id)/localities/\(locality.code)"
        var body: [HTML] = [
            .tag("p", Self.deadline(cycle)),
            .tag("p", "Status: " + Self.state(row) + "."),
        ]
        if AccessPolicy.allows(account, .returnWorkbook(code: locality.code), in: cycle) {
            body += [
                .tag("h2", "The workbook"),
                .element(
                    "p", [],
                    [
                        .text("Download it to fill in: "), .link("\(base)/workbook/xlsx", "Excel (.xlsx)"),
                        .text(" · "), .link("\(base)/workbook/fods", "LibreOffice (.fods)"), .text(" · "),
                        .link("\(base)/workbook/xml", "Excel 2003 XML (.xml)"),
                    ]),
            ]
            if !cycle.published {
                body += [
                    .tag("h2", "Upload your return"),
                    .form(
                        "\(base)/returns", token: context.formToken, button: "Upload", multipart: true,
                        [
                            .element(
                                "p", [],
                                [
                                    .element("label", [("for", "workbook")], [.text("The filled-in workbook")]),
                                    .void(
                                        "input",
                                        [
                                            ("type", "file"), ("name", "workbook"), ("id", "workbook"),
                                            ("required", "required"), ("accept", ".xlsx,.xml,.fods,.ods"),
                                        ]),
                                ])
                        ]),
                ]
            }
        }
        if let current = history.last {
            let warnings = try await store.warnings(of: current)
            body.append(.tag("h2", "Last result"))
            body.append(
                .tag(
                    "p",
                    "\(current.fileName) was accepted as version \(current.version) on \(Self.time(current.receivedAt))"
                        + " (\(current.answeredCount) of \(current.itemCount) items answered, "
                        + "\(warnings.count) warning\(warnings.count == 1 ? "" : "s"))."))
            if !warnings.isEmpty { body.append(Self.problemTable(warnings)) }
            body.append(.element("p", [], [.link("\(base)/summary", "\(locality.name)'s summary page")]))
            body.append(.tag("h2", "Versions"))
            body.append(
                .table(
                    ["Version", "File", "Received", "By"],
                    history.reversed().map { submission in
                        [
                            .text(String(submission.version)),
                            .link("\(base)/versions/\(submission.version)", submission.fileName),
                            .text(Self.time(submission.receivedAt)), .text(submission.submittedBy),
                        ]
                    }))
        }
        return PortalPage.response("\(locality.name) in \(cycle.name)", context: context, body)
    }
}
