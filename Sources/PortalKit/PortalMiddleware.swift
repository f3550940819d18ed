import Foundation
import HTTPTypes
import Hummingbird
import SLIKit

/// Runs before every route: finds who is signed in, gives the browser its form token, turns refusals
/// into pages, and adds the security headers to every response.
struct PortalMiddleware: RouterMiddleware {
    /// The cookie holding the session token.
    static let sessionCookie = "sli_session"
    /// The cookie holding the form token every form must send back.
    static let formCookie = "sli_form"
    /// The header a TLS-terminating proxy sets to `https`.
    static let forwardedProto = HTTPField.Name("X-Forwarded-Proto")
    /// The header that keeps page addresses out of requests to other sites.
    static let referrerPolicy = HTTPField.Name("Referrer-Policy")
    /// The header older browsers read instead of `frame-ancestors`.
    static let frameOptions = HTTPField.Name("X-Frame-Options")

    let store: any PortalStore
    /// The clock sessions expire by.
    let now: @Sendable () -> Date

    func handle(
        _ request: Request, context: PortalRequestContext,
        next: (Request, PortalRequestContext) async throws -> Response
    ) async throws -> Response {
        var context = context
        context.isSecure = Self.forwardedProto.flatMap { request.headers[$0] }?.lowercased() == "https"
        if let token = request.cookies[Self.sessionCookie]?.value, !token.isEmpty {
            let hash = PortalToken.hash(token)
            context.sessionTokenHash = hash
            context.account = try await store.signedInAccount(sessionTokenHash: hash, at: now())
        }
        let existingFormToken = request.cookies[Self.formCookie]?.value
        context.formToken = existingFormToken.flatMap { $0.isEmpty ? nil : $0 } ?? PortalToken.make()
        var response: Response
        do {
            response = try await next(request, context)
        } catch let error as HTTPError {
            response = Self.page(for: error, context: context)
        }
        if existingFormToken != context.formToken {
            response.setCookie(Self.cookie(Self.formCookie, context.formToken, context: context, maxAge: nil))
        }
        response.headers[.contentSecurityPolicy] =
            "default-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; form-action 'self';"
            + " base-uri 'none'; frame-ancestors 'none'"
        response.headers[.xContentTypeOptions] = "nosniff"
        if let name = Self.frameOptions { response.headers[name] = "DENY" }
        if let name = Self.referrerPolicy { response.headers[name] = "same-origin" }
        response.headers[.cacheControl] = "no-store"
        return response
    }

    /// An HttpOnly, SameSite=Lax cookie, Secure when the request came over TLS.
    static func cookie(_ name: String, _ value: String, context: PortalRequestContext, maxAge: Int?) -> Cookie {
        Cookie(
            name: name, value: value, maxAge: maxAge, path: "/", secure: context.isSecure, httpOnly: true,
            sameSite: .lax)
    }

    /// The page that says why a request was refused (or where to go instead).
    static func page(for error: HTTPError, context: PortalRequestContext) -> Response {
        if let location = error.headers[.location] {
            return Response(status: error.status, headers: [.location: location])
        }
        let title =
            switch error.status {
            case .forbidden: "Not allowed"
            case .notFound: "Not found"
            case .contentTooLarge: "File too large"
            case .tooManyRequests: "Too many attempts"
            default: "Something went wrong"
            }
        return PortalPage.response(
            title, context: context, status: error.status,
            [.tag("p", error.body ?? "the portal could not do that (\(error.status.code))"), .link("/", "Home")])
    }
}
