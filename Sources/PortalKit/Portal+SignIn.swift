import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdBcrypt
import SLIKit

extension Portal {
    /// Signing in and out, and taking up an invitation.
    func addSignInRoutes(to router: Router<PortalRequestContext>) {
        router.get("/login") { _, context in
            signInPage(context, status: .ok, message: nil)
        }
        router.post("/login") { request, context in
            let form = try await PortalForm.read(request, context: context)
            return try await signIn(email: form["email"], password: form.fields["password"] ?? "", context: context)
        }
        router.post("/logout") { request, context in
            _ = try await PortalForm.read(request, context: context)
            if let hash = context.sessionTokenHash { try await store.endSession(tokenHash: hash) }
            if let account = context.account { try await audit(account.email, "signed out", "") }
            var response = Response.redirect(to: "/login", type: .normal)
            response.setCookie(PortalMiddleware.cookie(PortalMiddleware.sessionCookie, "", context: context, maxAge: 0))
            return response
        }
        router.get("/invitations/:token") { _, context in
            let invitation = try await openInvitation(context)
            return invitationPage(invitation, context: context, message: nil)
        }
        router.post("/invitations/:token") { request, context in
            let invitation = try await openInvitation(context)
            let form = try await PortalForm.read(request, context: context)
            let password = form.fields["password"] ?? ""
            let email = invitation.email.isEmpty ? form["email"] : invitation.email
            if let problem = Self.passwordProblem(password, repeated: form.fields["repeat"] ?? "", email: email) {
                return invitationPage(invitation, context: context, message: problem)
            }
            let token = context.parameters.get("token") ?? ""
            let account: Account
            do {
                account = try await store.acceptInvitation(
                    tokenHash: PortalToken.hash(token), email: email,
                    passwordHash: Bcrypt.hash(password, cost: passwordCost), at: now())
            } catch let error as AccountError {
                return invitationPage(invitation, context: context, message: error.description)
            }
            try await audit(account.email, "accepted invitation", account.role.label)
            return try await startSession(for: account, context: context)
        }
    }

    /// Checks the password of a sign-in, refusing an address with too many recent tries in the audit log
    /// (``LoginThrottle``), and starts a session.
    func signIn(email: String, password: String, context: PortalRequestContext) async throws -> Response {
        let key = Account.normalized(email: email)
        let date = now()
        try await audit(key, LoginThrottle.attempt, "")
        let tries = try await store.auditCount(
            by: key, action: LoginThrottle.attempt, since: throttle.start(at: date), after: LoginThrottle.signedIn)
        guard throttle.allows(tries: tries) else {
            try await audit(key, "sign-in refused", "too many failed attempts")
            return signInPage(
                context, status: .tooManyRequests,
                message: "too many failed sign-ins for \(key): wait 15 minutes and try again, or ask the network lead")
        }
        let account = try await store.account(email: key)
        guard let account, !account.revoked, Bcrypt.verify(password, hash: account.passwordHash) else {
            try await audit(key, LoginThrottle.failed, account?.revoked == true ? "account revoked" : "")
            return signInPage(context, status: .unauthorized, message: "the e-mail address or password is not right")
        }
        try await audit(account.email, LoginThrottle.signedIn, "")
        return try await startSession(for: account, context: context)
    }

    /// Stores a new session for `account` and sends its cookie, with a fresh form token.
    func startSession(for account: Account, context: PortalRequestContext) async throws -> Response {
        let token = PortalToken.make()
        let date = now()
        try await store.createSession(
            AccountSession(
                tokenHash: PortalToken.hash(token), accountID: account.id, createdAt: date,
                expiresAt: date.addingTimeInterval(sessionLifetime)))
        var response = Response.redirect(to: "/", type: .normal)
        response.setCookie(
            PortalMiddleware.cookie(
                PortalMiddleware.sessionCookie, token, context: context, maxAge: Int(sessionLifetime)))
        response.setCookie(
            PortalMiddleware.cookie(PortalMiddleware.formCookie, PortalToken.make(), context: context, maxAge: nil))
        return response
    }

    /// The open invitation the route's token names.
    ///
    /// - Throws: `HTTPError` 404 when it was used, has expired or was never made.
    func openInvitation(_ context: PortalRequestContext) async throws -> Invitation {
        let token = context.parameters.get("token") ?? ""
        guard let invitation = try await store.openInvitation(tokenHash: PortalToken.hash(token), at: now()) else {
            throw HTTPError(.notFound, message: AccountError.invitationNotOpen.description)
        }
        return invitation
    }

    /// Why `password` cannot be an account's, or `nil` when it can.
    static func passwordProblem(_ password: String, repeated: String, email: String) -> String? {
        if !email.contains("@") { return "\"\(email)\" is not an e-mail address" }
        if password.count < 12 { return "the password has \(password.count) characters; it needs at least 12" }
        if password.utf8.count > 72 { return "the password is longer than 72 bytes, more than bcrypt reads" }
        if password != repeated { return "the two passwords are not the same" }
        return nil
    }

    func signInPage(_ context: PortalRequestContext, status: HTTPResponse.Status, message: String?) -> Response {
        PortalPage.response(
            "Sign in", context: context, status: status,
            (message.map { [HTML.problem($0)] } ?? []) + [
                .form(
                    "/login", token: context.formToken, button: "Sign in",
                    [
                        .field("E-mail address", name: "email", type: "email"),
                        .field("Password", name: "password", type: "password"),
                    ])
            ])
    }

    func invitationPage(_ invitation: Invitation, context: PortalRequestContext, message: String?) -> Response {
        let token = context.parameters.get("token") ?? ""
        var fields: [HTML] = []
        if invitation.email.isEmpty { fields.append(.field("Your e-mail address", name: "email", type: "email")) }
        fields += [
            .field("Choose a password (at least 12 characters)", name: "password", type: "password"),
            .field("The same password again", name: "repeat", type: "password"),
        ]
        let who = invitation.email.isEmpty ? "" : " for \(invitation.email)"
        return PortalPage.response(
            "Make your account", context: context, status: message == nil ? .ok : .unprocessableContent,
            [.tag("p", "This link makes the account\(who) as \(invitation.role.label). It works once.")]
                + (message.map { [HTML.problem($0)] } ?? [])
                + [.form("/invitations/\(token)", token: context.formToken, button: "Make the account", fields)])
    }
}
