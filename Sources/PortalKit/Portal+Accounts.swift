import Foundation
import HTTPTypes
import Hummingbird
import SLIKit

extension Portal {
    /// The network lead's account pages: who has an account, inviting, revoking and the audit log.
    func addAccountRoutes(to router: Router<PortalRequestContext>) {
        router.get("/accounts") { _, context in
            _ = try require(.manageAccounts, context, in: nil)
            return try await accountsPage(context, notice: [])
        }
        router.post("/accounts/invite") { request, context in
            let lead = try require(.manageAccounts, context, in: nil)
            let form = try await PortalForm.read(request, context: context)
            let role = try self.role(form["role"], scope: form["scope"])
            let email = Account.normalized(email: form["email"])
            guard email.contains("@") else {
                return try await accountsPage(
                    context, status: .unprocessableContent, notice: [.problem("\"\(email)\" is not an e-mail address")])
            }
            if try await store.account(email: email) != nil {
                return try await accountsPage(
                    context, status: .unprocessableContent,
                    notice: [.problem(AccountError.duplicateEmail(email).description)])
            }
            let path = try await invite(email: email, role: role, by: lead.email)
            let link = Self.origin(of: request, context: context) + path
            return try await accountsPage(
                context,
                notice: [
                    .tag("p", "Invitation made for \(email) as \(role.label). Send them this link; it works once:"),
                    .element("p", [], [.element("code", [], [.text(link)])]),
                ])
        }
        router.post("/accounts/:id/revoke") { request, context in
            let lead = try require(.manageAccounts, context, in: nil)
            _ = try await PortalForm.read(request, context: context)
            guard let id = context.parameters.get("id", as: Int64.self) else {
                throw HTTPError(.notFound, message: "no account has that id")
            }
            do {
                try await store.revokeAccount(id: id)
            } catch let error as AccountError {
                throw HTTPError(.notFound, message: error.description)
            }
            try await audit(lead.email, "revoked", "account \(id)")
            return Response.redirect(to: "/accounts", type: .normal)
        }
        router.get("/audit") { _, context in
            _ = try require(.manageAccounts, context, in: nil)
            let rows = try await store.auditLog().reversed().map { entry -> [HTML] in
                [.text(Self.time(entry.date)), .text(entry.actor), .text(entry.action), .text(entry.detail)]
            }
            return PortalPage.response(
                "Audit log", context: context, [.table(["When", "Who", "What", "Detail"], rows)])
        }
    }

    /// The role the invitation form describes: `locality-lead` with a locality's name or code from any
    /// region of the catalog, `lead-body` with the body's name, or `network-lead`.
    ///
    /// - Throws: `HTTPError` 422 naming what is missing or not found.
    func role(_ kind: String, scope: String) throws -> AccountRole {
        switch kind {
        case "locality-lead":
            var firstProblem = "no region of the catalog has a locality named or coded \"\(scope)\""
            for (index, id) in try catalog.regionIDs().enumerated() {
                do {
                    return .localityLead(localityCode: try catalog.region(id: id).resolveLocality(scope).code)
                } catch {
                    if index == 0 { firstProblem = "\(error)" }
                }
            }
            throw HTTPError(.unprocessableContent, message: firstProblem)
        case "lead-body" where !scope.isEmpty: return .leadBody(name: scope)
        case "lead-body": throw HTTPError(.unprocessableContent, message: "name the lead body the account is for")
        default: return .networkLead
        }
    }

    func accountsPage(_ context: PortalRequestContext, status: HTTPResponse.Status = .ok, notice: [HTML])
        async throws -> Response
    {
        let rows = try await store.accounts().map { account -> [HTML] in
            [
                .text(account.email), .text(account.role.label), .text(account.revoked ? "revoked" : "active"),
                account.revoked
                    ? .text("") : .form("/accounts/\(account.id)/revoke", token: context.formToken, button: "Revoke"),
            ]
        }
        return PortalPage.response(
            "Accounts", context: context, status: status,
            notice + [
                .table(["E-mail", "Role", "State", ""], rows),
                .tag("h2", "Invite someone"),
                .form(
                    "/accounts/invite", token: context.formToken, button: "Make the invitation link",
                    [
                        .field("E-mail address", name: "email", type: "email"),
                        .select(
                            "Role", name: "role",
                            options: [
                                ("locality-lead", "locality lead"), ("lead-body", "lead body"),
                                ("network-lead", "network lead"),
                            ]),
                        .field(
                            "Locality (name or ONS code) or lead body's name", name: "scope", required: false),
                    ]),
                .link("/audit", "Audit log"),
            ])
    }
}
