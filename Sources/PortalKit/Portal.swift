import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdBcrypt
import SLIKit

/// The portal: the web pages where locality leads return their workbooks and see their results, lead
/// bodies report on recommendations, and the network lead runs the cycle.
///
/// The portal takes its store from outside, so a test passes a fresh one and a server the one it
/// shares; every route asks ``AccessPolicy`` before it reads anything.
///
/// ```swift
/// let catalog = try Catalog.load(directory: catalogFolder)
/// let portal = Portal(store: try Store(path: "sli.sqlite"), catalog: catalog)
/// try await portal.application(host: "127.0.0.1", port: 8080).runService()
/// ```
public struct Portal: Sendable {
    /// Where cycles, returns and accounts are kept.
    public let store: any PortalStore
    /// The frameworks and regions of the cycles: give one loaded with ``Catalog/load(directory:)``, so
    /// that pages never read the catalog's files.
    public let catalog: Catalog
    /// How long a session lasts after signing in.
    public var sessionLifetime: TimeInterval
    /// How long an invitation link works.
    public var invitationLifetime: TimeInterval
    /// The bcrypt cost of new password hashes (each step doubles the work of a guess).
    public var passwordCost: UInt8
    /// The clock.
    public var now: @Sendable () -> Date
    let throttle: LoginThrottle

    /// A portal over `store`, with cycles' frameworks and regions from `catalog`.
    public init(
        store: any PortalStore, catalog: Catalog, sessionLifetime: TimeInterval = 8 * 3_600,
        invitationLifetime: TimeInterval = 7 * 86_400, passwordCost: UInt8 = 12,
        now: @escaping @Sendable () -> Date = { Date() }
    ) {
        self.store = store
        self.catalog = catalog
        self.sessionLifetime = sessionLifetime
        self.invitationLifetime = invitationLifetime
        self.passwordCost = passwordCost
        self.now = now
        throttle = LoginThrottle()
    }

    /// Every route of the portal, behind the middleware that finds who is signed in.
    public func router() -> Router<PortalRequestContext> {
        let router = Router(context: PortalRequestContext.self)
        router.add(middleware: PortalMiddleware(store: store, now: now))
        addSignInRoutes(to: router)
        addAccountRoutes(to: router)
        addCycleRoutes(to: router)
        addLocalityRoutes(to: router)
        addRecommendationRoutes(to: router)
        addMarketPlaceRoutes(to: router)
        addComparisonRoutes(to: router)
        addReportRoutes(to: router)
        return router
    }

    /// The web server on `host` and `port`, which stops cleanly on SIGTERM and SIGINT through
    /// `runService()`.
    public func application(host: String, port: Int) -> some ApplicationProtocol {
        Application(router: router(), configuration: .init(address: .hostname(host, port: port), serverName: "sli"))
    }

    /// The path of a one-time link that makes the first network-lead account, when the store has no
    /// account yet; `nil` when it has one. The link is written to the audit log.
    public func firstAccountPath() async throws -> String? {
        guard try await store.accounts().isEmpty else { return nil }
        return try await invite(email: "", role: .networkLead, by: "sli serve")
    }

    /// Makes a one-time invitation for `email` with `role` and returns its link's path, written to the
    /// audit log as made by `by` (the server sends no mail: the inviter passes the link on).
    public func invite(email: String, role: AccountRole, by: String) async throws -> String {
        let token = PortalToken.make()
        let date = now()
        try await store.createInvitation(
            Invitation(
                tokenHash: PortalToken.hash(token), email: email, role: role, invitedBy: by, createdAt: date,
                expiresAt: date.addingTimeInterval(invitationLifetime)))
        let path = "/invitations/\(token)"
        let who = email.isEmpty ? "the first network lead" : Account.normalized(email: email)
        try await audit(by, "invited", "\(who) as \(role.label): \(path)")
        return path
    }

    /// Makes an account with `password` straight away (the example accounts of the demo).
    public func createAccount(email: String, role: AccountRole, password: String) async throws -> Account {
        let account = try await store.createAccount(
            email: email, role: role, passwordHash: Bcrypt.hash(password, cost: passwordCost), createdAt: now())
        try await audit("sli serve", "made account", "\(account.email) as \(role.label)")
        return account
    }

    /// Appends a line to the audit log.
    func audit(_ actor: String, _ action: String, _ detail: String) async throws {
        try await store.appendAudit(AuditEntry(date: now(), actor: actor, action: action, detail: detail))
    }
}
