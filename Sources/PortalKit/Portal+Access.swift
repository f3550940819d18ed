import Foundation
import HTTPTypes
import Hummingbird
import SLIKit

extension Portal {
    /// The account signed in, after ``AccessPolicy`` allowed it `action` in `cycle`.
    ///
    /// - Throws: `HTTPError` 303 to the sign-in page when nobody is signed in, 403 when the policy refuses.
    func require(_ action: PortalAction, _ context: PortalRequestContext, in cycle: Cycle?) throws -> Account {
        guard let account = context.account else {
            throw HTTPError(.seeOther, headers: [.location: "/login"])
        }
        guard AccessPolicy.allows(account, action, in: cycle) else {
            throw HTTPError(.forbidden, message: "your account (\(account.role.label)) may not see or do this")
        }
        return account
    }

    /// The cycle the route's `cycle` parameter names, for a signed-in person.
    ///
    /// - Throws: `HTTPError` 303 to the sign-in page when nobody is signed in, 404 when no cycle has the name.
    func cycle(_ context: PortalRequestContext) async throws -> Cycle {
        guard context.account != nil else { throw HTTPError(.seeOther, headers: [.location: "/login"]) }
        let name = context.parameters.get("cycle") ?? ""
        do {
            return try await store.cycle(name)
        } catch StoreError.unknownCycle {
            throw HTTPError(.notFound, message: StoreError.unknownCycle(name).description)
        }
    }

    /// The cycle's region, framework and the locality the route's `code` parameter names.
    ///
    /// - Throws: `HTTPError` 404 when the region has no locality with the code.
    func locality(_ context: PortalRequestContext, in cycle: Cycle) throws -> (Region, Framework, Locality) {
        let region = try catalog.region(id: cycle.regionID)
        let code = context.parameters.get("code") ?? ""
        guard let locality = region.locality(code: code) else {
            throw HTTPError(.notFound, message: "region \"\(region.id)\" has no locality with code \"\(code)\"")
        }
        return (region, try catalog.framework(id: cycle.frameworkID), locality)
    }

    /// `https://host` or `http://host`, as the browser reached the portal.
    static func origin(of request: Request, context: PortalRequestContext) -> String {
        (context.isSecure ? "https://" : "http://") + (request.head.authority ?? "localhost")
    }

    /// `31 March 2016`.
    static func day(_ date: Date) -> String {
        date.formatted(dayStyle)
    }

    /// `31 March 2016 at 14:05 UTC`.
    static func time(_ date: Date) -> String {
        date.formatted(timeStyle) + " UTC"
    }

    /// The styles of `day(_:)` and `time(_:)`, made once: a status page formats a time per locality, and
    /// making the style and its locale each time cost more than the rest of the page.
    private static let dayStyle = Date.FormatStyle(
        date: .long, time: .omitted, locale: Locale(identifier: "en_GB"), timeZone: .gmt)
    private static let timeStyle = Date.FormatStyle(
        date: .long, time: .shortened, locale: Locale(identifier: "en_GB"), timeZone: .gmt)
}
