import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import SLIKit
import Testing

@testable import PortalKit

@Suite("Signing in, invitations and sessions")
struct SignInTests {
    @Test func theSessionCookieIsHttpOnlyAndLaxAndSecureOnlyWhenTheRequestCameOverTLS() async throws {
        let fixture = try await PortalFixture()
        try await Application(router: fixture.portal.router()).test(.router) { client in
            for secure in [false, true] {
                var browser = PortalBrowser(client)
                if secure, let name = PortalMiddleware.forwardedProto { browser.extraHeaders[name] = "https" }
                _ = try await browser.get("/login")
                let response = try await browser.signIn("bolton@example.org")
                #expect(response.status == .seeOther)
                #expect(response.headers[.location] == "/")
                let cookie = try #require(
                    response.headers[values: .setCookie].first { $0.hasPrefix("sli_session=") })
                #expect(cookie.contains("HttpOnly"))
                #expect(cookie.contains("SameSite=Lax"))
                #expect(cookie.contains("Max-Age=28800"))
                #expect(cookie.contains("Secure") == secure)
                #expect(try await browser.get("/").text.contains("bolton@example.org (locality lead of E08000001)"))
            }
        }
    }

    @Test func aWrongPasswordIsRefusedAndTheSixthTryWithinFifteenMinutesIsThrottled() async throws {
        let fixture = try await PortalFixture()
        try await Application(router: fixture.portal.router()).test(.router) { client in
            var browser = PortalBrowser(client)
            for _ in 1...5 {
                let response = try await browser.signIn("bolton@example.org", password: "not the password")
                #expect(response.status == .unauthorized)
                #expect(response.text.contains("the e-mail address or password is not right"))
            }
            let throttled = try await browser.signIn("BOLTON@example.org")
            #expect(throttled.status == .tooManyRequests)
            #expect(
                throttled.text.contains(
                    "too many failed sign-ins for bolton@example.org: wait 15 minutes and try again, or ask the"
                        + " network lead"))
            #expect(try await browser.signIn("lead@example.org").status == .seeOther)
            let log = try await fixture.store.auditLog().map(\.action)
            #expect(log.filter { $0 == "sign-in failed" }.count == 5)
            #expect(log.contains("sign-in refused"))
        }
    }

    /// Two servers on one store (two portals here) count an address's failures together, from the
    /// audit log: five tries in all, not five on each; a sign-in clears them, and they age out.
    @Test func failedSignInsCountOnEveryServerSharingTheStoreAndAgeOutAfterFifteenMinutes() async throws {
        let clock = TestClock()
        let fixture = try await PortalFixture(now: { clock.now })
        let other = Portal(store: fixture.store, catalog: fixture.catalog, passwordCost: 4, now: { clock.now })
        try await Application(router: fixture.portal.router()).test(.router) { firstClient in
            try await Application(router: other.router()).test(.router) { secondClient in
                var first = PortalBrowser(firstClient)
                var second = PortalBrowser(secondClient)
                let wrong = "not the password"
                var answers: [HTTPResponse.Status] = []
                for _ in 1...4 { answers.append(try await first.signIn("bolton@example.org", password: wrong).status) }
                answers.append(try await second.signIn("bolton@example.org").status)
                #expect(answers == Array(repeating: .unauthorized, count: 4) + [.seeOther])
                answers = []
                for _ in 1...3 { answers.append(try await first.signIn("bolton@example.org", password: wrong).status) }
                for _ in 1...2 { answers.append(try await second.signIn("bolton@example.org", password: wrong).status) }
                answers.append(try await first.signIn("bolton@example.org").status)
                answers.append(try await second.signIn("bolton@example.org").status)
                #expect(answers == Array(repeating: .unauthorized, count: 5) + [.tooManyRequests, .tooManyRequests])
                clock.advance(15 * 60 + 1)
                let later = try await second.signIn("bolton@example.org")
                #expect(later.status == .seeOther)
            }
        }
    }

    /// Tries sent at the same moment count one another: each is in the audit log before any password is
    /// checked, so of twelve wrong passwords at once, five at most are checked.
    @Test func signInsSentAtOnceGetFiveTriesInAll() async throws {
        let fixture = try await PortalFixture()
        let statuses = try await Application(router: fixture.portal.router()).test(.router) { client in
            try await withThrowingTaskGroup(of: HTTPResponse.Status.self) { group in
                for _ in 1...12 {
                    group.addTask {
                        var browser = PortalBrowser(client)
                        _ = try await browser.get("/login")
                        return try await browser.signIn("bolton@example.org", password: "not the password").status
                    }
                }
                return try await group.reduce(into: []) { $0.append($1) }
            }
        }
        #expect(statuses.count { $0 == .unauthorized } <= 5)
        #expect(statuses.count { $0 == .tooManyRequests } >= 7)
        let checked = try await fixture.store.auditLog().filter { $0.action == "sign-in failed" }
        #expect(checked.count <= 5)
    }

    @Test func aSessionEndsWhenItExpiresAndWhenThePersonSignsOut() async throws {
        let clock = TestClock()
        let fixture = try await PortalFixture(now: { clock.now })
        try await Application(router: fixture.portal.router()).test(.router) { client in
            var browser = PortalBrowser(client)
            try await browser.signIn("bolton@example.org")
            #expect(try await browser.get("/").status == .ok)
            clock.advance(8 * 3_600)
            let expired = try await browser.get("/")
            #expect(expired.status == .seeOther)
            #expect(expired.headers[.location] == "/login")

            try await browser.signIn("bolton@example.org")
            let session = browser.cookies["sli_session"]
            let out = try await browser.post("/logout")
            #expect(out.status == .seeOther)
            #expect(browser.cookies["sli_session"] == nil)
            var replay = PortalBrowser(client)
            replay.extraHeaders[.cookie] = "sli_session=\(session ?? "")"
            #expect(try await replay.get("/").status == .seeOther)
        }
    }

    @Test func anInvitationLinkMakesItsAccountOnceAndIsInTheAuditLog() async throws {
        let fixture = try await PortalFixture()
        try await Application(router: fixture.portal.router()).test(.router) { client in
            var lead = PortalBrowser(client)
            try await lead.signIn("lead@example.org")
            let made = try await lead.post(
                "/accounts/invite", ["email": "Wigan.Lead@example.org", "role": "locality-lead", "scope": "wigan"])
            #expect(made.status == .ok)
            #expect(made.text.contains("Invitation made for wigan.lead@example.org as locality lead of E08000010."))
            let path = try #require(made.text.firstMatch(of: /\/invitations\/[A-Za-z0-9_-]+/)).output
            #expect(made.text.contains("http://localhost\(path)") || made.text.contains("\(path)</code>"))

            var invitee = PortalBrowser(client)
            #expect(try await invitee.get(String(path)).status == .ok)
            let short = try await invitee.post(String(path), ["password": "short", "repeat": "short"])
            #expect(short.status == .unprocessableContent)
            #expect(short.text.contains("the password has 5 characters; it needs at least 12"))
            let accepted = try await invitee.post(
                String(path), ["password": "wigan lead password", "repeat": "wigan lead password"])
            #expect(accepted.status == .seeOther)
            #expect(try await invitee.get("/").text.contains("wigan.lead@example.org (locality lead of E08000010)"))
            var stranger = PortalBrowser(client)
            let again = try await stranger.get(String(path))
            #expect(again.status == .notFound)
            #expect(again.text.contains("the invitation link is not valid: it was used already, has expired"))
            let log = try await fixture.store.auditLog()
            #expect(
                log.contains {
                    $0.actor == "lead@example.org" && $0.action == "invited"
                        && $0.detail == "wigan.lead@example.org as locality lead of E08000010: \(path)"
                })
            #expect(log.contains { $0.actor == "wigan.lead@example.org" && $0.action == "accepted invitation" })
        }
    }

    @Test func aRevokedAccountIsSignedOutAndCannotSignInAgain() async throws {
        let fixture = try await PortalFixture()
        try await Application(router: fixture.portal.router()).test(.router) { client in
            var bolton = PortalBrowser(client)
            try await bolton.signIn("bolton@example.org")
            var lead = PortalBrowser(client)
            try await lead.signIn("lead@example.org")
            let account = try #require(try await fixture.store.account(email: "bolton@example.org"))
            #expect(try await lead.post("/accounts/\(account.id)/revoke").status == .seeOther)
            #expect(try await bolton.get("/").status == .seeOther)
            #expect(try await bolton.signIn("bolton@example.org").status == .unauthorized)
        }
    }

    @Test func theFirstStartMakesALinkForTheFirstNetworkLeadOnly() async throws {
        let fixture = try await PortalFixture()
        let empty = try PortalFixture.emptyPortal()
        let path = try #require(try await empty.firstAccountPath())
        #expect(try await fixture.portal.firstAccountPath() == nil)
        try await Application(router: empty.router()).test(.router) { client in
            var first = PortalBrowser(client)
            let made = try await first.post(
                path,
                ["email": "Lead@GMPHN.example", "password": "first lead password", "repeat": "first lead password"])
            #expect(made.status == .seeOther)
        }
        let accounts = try await empty.store.accounts()
        #expect(accounts.map(\.email) == ["lead@gmphn.example"])
        #expect(accounts.map(\.role) == [.networkLead])
        #expect(try await empty.firstAccountPath() == nil)
    }
}
