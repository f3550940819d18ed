import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import SLIKit
import Testing

@testable import PortalKit

/// Every route for every kind of visitor, before and after the cycle is published: the status each gets,
/// and that no other locality's name or code reaches a locality lead before then, nor any locality's
/// return a lead body.
@Suite("Access matrix")
struct AccessMatrixTests {
    /// Who asks: the Bolton lead asks both for Bolton's pages (own) and for Wigan's (other).
    enum Visitor: String, CaseIterable, CustomStringConvertible {
        case anonymous, ownLocalityLead, otherLocalityLead, leadBody, networkLead

        var description: String { rawValue }

        /// The account the visitor signs in with, if any.
        var email: String? {
            switch self {
            case .anonymous: nil
            case .ownLocalityLead, .otherLocalityLead: "bolton@example.org"
            case .leadBody: "phe@example.org"
            case .networkLead: "lead@example.org"
            }
        }

        /// The locality whose pages the visitor asks for.
        var localityCode: String { self == .otherLocalityLead ? PortalFixture.wigan : PortalFixture.bolton }
    }

    /// How a route is asked: a page, a form or an upload of the locality's own return.
    enum Method {
        case get, post([String: String]), upload
    }

    /// A route, who may use it before and after publication, and what they get.
    struct Route {
        let method: Method
        let path: String
        let before: Set<Visitor>
        let after: Set<Visitor>
        var allowed: HTTPResponse.Status = .ok
        var allowedAfter: HTTPResponse.Status?
    }

    static let everyone: Set<Visitor> = [.ownLocalityLead, .otherLocalityLead, .leadBody, .networkLead]
    static let lead: Set<Visitor> = [.networkLead]
    static let ownLocality: Set<Visitor> = [.networkLead, .ownLocalityLead]
    static let localities: Set<Visitor> = [.networkLead, .ownLocalityLead, .otherLocalityLead]

    /// Every route of the portal but signing in and out (tested on their own), `C` standing for the
    /// cycle's id and `X` for the visitor's locality code.
    static func routes(recommendationID: String, spareAccount: Int64) -> [Route] {
        [
            Route(method: .get, path: "/", before: everyone, after: everyone),
            Route(method: .get, path: "/accounts", before: lead, after: lead),
            Route(method: .get, path: "/audit", before: lead, after: lead),
            Route(method: .get, path: "/cycles/C", before: lead, after: lead),
            Route(method: .get, path: "/cycles/C/chase.csv", before: lead, after: lead),
            Route(method: .get, path: "/cycles/C/publish", before: lead, after: lead),
            Route(method: .get, path: "/cycles/C/overview", before: lead, after: localities),
            Route(method: .get, path: "/cycles/C/localities/X", before: ownLocality, after: localities),
            Route(method: .get, path: "/cycles/C/localities/X/workbook/xlsx", before: ownLocality, after: ownLocality),
            Route(method: .get, path: "/cycles/C/localities/X/versions/1", before: ownLocality, after: localities),
            Route(method: .get, path: "/cycles/C/localities/X/summary", before: ownLocality, after: localities),
            Route(
                method: .get, path: "/cycles/C/recommendations", before: [.networkLead, .leadBody],
                after: [.networkLead, .leadBody]),
            Route(
                method: .upload, path: "/cycles/C/localities/X/returns", before: ownLocality, after: ownLocality,
                allowedAfter: .unprocessableContent),
            Route(
                method: .post(["status": "in-progress", "note": "audit planned"]),
                path: "/cycles/C/recommendations/\(recommendationID)", before: [.networkLead, .leadBody],
                after: [.networkLead, .leadBody]),
            Route(
                method: .post(["email": "new@example.org", "role": "lead-body", "scope": "Child Death Overview Panels"]
                ),
                path: "/accounts/invite", before: lead, after: lead),
            Route(
                method: .post([:]), path: "/accounts/\(spareAccount)/revoke", before: lead, after: lead,
                allowed: .seeOther),
            Route(method: .get, path: "/cycles/C/market", before: lead, after: localities),
            Route(method: .get, path: "/cycles/C/market/match", before: lead, after: localities),
            Route(method: .get, path: "/cycles/C/localities/X/market", before: ownLocality, after: localities),
            Route(
                method: .post(["kind": "offer", "locality": "X", "theme": "cdop", "title": "CDOP data dashboard"]),
                path: "/cycles/C/market/entries", before: ownLocality, after: ownLocality, allowedAfter: .conflict),
            Route(method: .get, path: "/cycles/C/scores", before: lead, after: lead),
            Route(method: .get, path: "/cycles/C/indicators", before: lead, after: lead),
            Route(method: .get, path: "/cycles/C/report", before: localities, after: localities),
            Route(method: .get, path: "/cycles/C/report.zip", before: localities, after: localities),
            Route(method: .get, path: "/cycles/C/report/index.html", before: lead, after: localities),
            Route(method: .get, path: "/cycles/C/report/overview.html", before: lead, after: localities),
            Route(method: .get, path: "/cycles/C/report/tables/participation.csv", before: lead, after: localities),
            Route(method: .get, path: "/cycles/C/report/localities/X.html", before: ownLocality, after: localities),
            Route(
                method: .get, path: "/cycles/C/report/tables/localities/X/themes.csv", before: ownLocality,
                after: localities),
            // Last, so that the network lead's request publishes the cycle between the two walks.
            Route(method: .post([:]), path: "/cycles/C/publish", before: lead, after: lead, allowed: .seeOther),
        ]
    }

    @Test func everyRouteAnswersEveryVisitorAsTheGroundRulesSay() async throws {
        let fixture = try await PortalFixture()
        let spare = try await fixture.portal.createAccount(
            email: "spare@example.org", role: .localityLead(localityCode: PortalFixture.wigan), password: "unused")
        let routes = Self.routes(recommendationID: try fixture.leadBodyRecommendation(), spareAccount: spare.id)
        let app = Application(router: fixture.portal.router())
        try await app.test(.router) { client in
            var browsers: [Visitor: PortalBrowser] = [:]
            for visitor in Visitor.allCases {
                var browser = PortalBrowser(client)
                if let email = visitor.email { try await browser.signIn(email) }
                browsers[visitor] = browser
            }
            for published in [false, true] {
                for route in routes {
                    for visitor in Visitor.allCases {
                        guard var browser = browsers[visitor] else { continue }
                        let path = route.path.replacingOccurrences(of: "/C", with: "/\(fixture.cycle.id)")
                            .replacingOccurrences(of: "/X", with: "/\(visitor.localityCode)")
                        let response: TestResponse
                        switch route.method {
                        case .get: response = try await browser.get(path)
                        case .post(let fields):
                            response = try await browser.post(
                                path, fields.mapValues { $0 == "X" ? visitor.localityCode : $0 })
                        case .upload:
                            response = try await browser.upload(
                                path, file: try fixture.workbook(visitor.localityCode), fileName: "return.xml")
                        }
                        browsers[visitor] = browser
                        let allowed = (published ? route.after : route.before).contains(visitor)
                        let expected: HTTPResponse.Status =
                            allowed
                            ? (published ? route.allowedAfter ?? route.allowed : route.allowed)
                            : visitor == .anonymous ? .seeOther : .forbidden
                        #expect(
                            response.status == expected,
                            "\(route.path) for \(visitor) \(published ? "after" : "before") publication")
                        if visitor == .anonymous && !allowed {
                            #expect(response.headers[.location] == "/login")
                        }
                        if !published && [.ownLocalityLead, .otherLocalityLead].contains(visitor) {
                            #expect(
                                !response.text.contains("Wigan") && !response.text.contains(PortalFixture.wigan),
                                "\(route.path) for \(visitor) names Wigan")
                        }
                        if visitor == .leadBody {
                            // The recommendations' own text names localities as good examples; their
                            // returns would show the localities' codes.
                            #expect(
                                !response.text.contains(PortalFixture.wigan)
                                    && !response.text.contains(PortalFixture.bolton),
                                "\(route.path) for the lead body shows a locality's return")
                        }
                    }
                }
            }
        }
    }

    @Test func aFormWithoutTheTokenIsRefusedOnEveryPostRoute() async throws {
        let fixture = try await PortalFixture()
        let app = Application(router: fixture.portal.router())
        try await app.test(.router) { client in
            var lead = PortalBrowser(client)
            try await lead.signIn("lead@example.org")
            let cycle = fixture.cycle.id
            let recommendation = try fixture.leadBodyRecommendation()
            for path in [
                "/logout", "/accounts/invite", "/accounts/1/revoke", "/cycles/\(cycle)/publish",
                "/cycles/\(cycle)/recommendations/\(recommendation)", "/cycles/\(cycle)/market/entries",
            ] {
                let response = try await lead.post(
                    path, ["email": "x@example.org", "status": "completed"], withToken: false)
                #expect(response.status == .forbidden, "\(path)")
                #expect(response.text.contains("the form did not come from this portal&#39;s page"))
            }
            let upload = try await lead.upload(
                "/cycles/\(cycle)/localities/\(PortalFixture.bolton)/returns",
                file: try fixture.workbook(PortalFixture.bolton, rating: 2),
                fileName: "Bolton.xml", withToken: false)
            #expect(upload.status == .forbidden)
            #expect(try await fixture.store.history(cycleID: cycle, localityCode: PortalFixture.bolton).count == 1)
            #expect(try await fixture.store.cycle(id: cycle).published == false)
            #expect(try await fixture.store.marketEntries(cycleID: cycle).isEmpty)
        }
    }
}
