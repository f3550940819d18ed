import Foundation
import HTTPTypes
import Hummingbird
import SLIKit

extension Portal {
    /// The Market Place of the workshop day: a locality records its requests and offers from a phone and
    /// sees its own entries and contacts; the network lead records on anyone's behalf, sees the live
    /// summary and runs the match. A published cycle's Market Place is the record of the day: nothing is
    /// added to it.
    func addMarketPlaceRoutes(to router: Router<PortalRequestContext>) {
        router.get("/cycles/:cycle/market") { _, context in
            let cycle = try await cycle(context)
            _ = try require(.viewMarketPlace, context, in: cycle)
            return try await marketPage(try marketContext(cycle), context: context, notice: [], values: [:])
        }
        router.get("/cycles/:cycle/market/match") { _, context in
            let cycle = try await cycle(context)
            _ = try require(.viewMarketPlace, context, in: cycle)
            return try await matchPage(try marketContext(cycle), context: context)
        }
        router.get("/cycles/:cycle/localities/:code/market") { _, context in
            let cycle = try await cycle(context)
            let account = try require(.viewLocality(code: context.parameters.get("code") ?? ""), context, in: cycle)
            let (_, _, locality) = try locality(context, in: cycle)
            return try await localityMarketPage(
                locality, market: try marketContext(cycle), account: account, context: context, notice: [],
                values: [:])
        }
        router.post("/cycles/:cycle/market/entries") { request, context in
            let cycle = try await cycle(context)
            let form = try await PortalForm.read(request, context: context)
            let market = try marketContext(cycle)
            let code = (try? market.region.resolveLocality(form["locality"]).code) ?? form["locality"]
            let account = try require(.recordMarketEntry(code: code), context, in: cycle)
            let values = Dictionary(uniqueKeysWithValues: Self.marketFields.map { ($0, form[$0]) })
            let checked = market.importer.entry(values, source: "added on the day")
            var status = HTTPResponse.Status.ok
            let notice: HTML
            if let entry = checked.entry {
                do {
                    try await store.addMarketEntries([entry], cycleID: cycle.id, addedAt: now())
                    let words = Self.words(entry, market: market)
                    try await audit(account.email, "recorded", words + " in \(cycle.name)")
                    notice = .element("p", [("class", "ok")], [.text("Recorded: \(words).")])
                } catch StoreError.marketPlaceFrozen(let name) {
                    status = .conflict
                    notice = .problem(StoreError.marketPlaceFrozen(name).description)
                }
            } else {
                status = .unprocessableContent
                notice = .problem(
                    "Nothing was recorded: " + checked.problems.map(\.message).joined(separator: "; ") + ".")
            }
            let kept = status == .ok ? [:] : values
            var response: Response
            if form["page"] != "locality", AccessPolicy.allows(account, .viewMarketPlace, in: cycle) {
                response = try await marketPage(market, context: context, notice: [notice], values: kept)
            } else if let locality = market.region.locality(code: code) {
                response = try await localityMarketPage(
                    locality, market: market, account: account, context: context, notice: [notice], values: kept)
            } else {
                throw HTTPError(.notFound, message: "region \"\(market.region.id)\" has no locality \"\(code)\"")
            }
            response.status = status
            return response
        }
    }

    /// The fields of the form that records an entry, as the Market Place import names its columns.
    static let marketFields = ["kind", "locality", "theme", "item", "title", "description", "capacity"]

    /// The cycle's Market Place, with its region and framework from the catalog.
    func marketContext(_ cycle: Cycle) throws -> MarketPlaceContext {
        MarketPlaceContext(
            store: store, cycle: cycle, region: try catalog.region(id: cycle.regionID),
            framework: try catalog.framework(id: cycle.frameworkID))
    }

    /// `offer "CDOP data dashboard" from Bolton on Child Death Overview Panels (L1)`.
    static func words(_ entry: MarketPlaceEntry, market: MarketPlaceContext) -> String {
        "\(entry.kind.rawValue) \"\(entry.title)\" from \(market.name(entry.localityCode)) on "
            + market.themeName(entry.themeID) + (entry.itemID.map { " (\($0))" } ?? "")
    }

    /// The network lead's page: the live summary, the form to record for any locality, and the way to
    /// the match and to each locality's entries and contacts.
    func marketPage(
        _ market: MarketPlaceContext, context: PortalRequestContext, notice: [HTML], values: [String: String]
    )
        async throws -> Response
    {
        let cycle = market.cycle
        let summary = MarketSummary(entries: try await store.marketEntries(cycleID: cycle.id))
        var body = notice
        body.append(.tag("p", "\(summary.requestCount) requests and \(summary.offerCount) offers so far."))
        body.append(
            .element("p", [], [.link("/cycles/\(cycle.id)/market/match", "Run the match: pairings and contacts")]))
        let recordable = market.region.localities.filter { locality in
            context.account.map { AccessPolicy.allows($0, .recordMarketEntry(code: locality.code), in: cycle) } ?? false
        }
        if !recordable.isEmpty {
            body += marketForm(market, locality: nil, choices: recordable, context: context, values: values)
        }
        func rows(_ tallies: [MarketSummary.Tally], name: (String) -> HTML) -> [[HTML]] {
            tallies.map {
                [name($0.key), .text(String($0.requests)), .text(String($0.offers)), .text(String($0.capacity))]
            }
        }
        func names(_ codes: [String]) -> String {
            codes.isEmpty ? "none" : codes.map(market.name).joined(separator: ", ")
        }
        let columns = ["Requests", "Offers", "Places offered"]
        body += [
            .tag("h2", "By theme"), .table(["Theme"] + columns, rows(summary.byTheme) { .text(market.themeName($0)) }),
            .tag("h2", "By locality"),
            .table(
                ["Locality"] + columns,
                rows(summary.byLocality) { .link("/cycles/\(cycle.id)/localities/\($0)/market", market.name($0)) }),
            .tag(
                "p",
                "Requests most outnumber offers on: "
                    + (summary.shortfalls.isEmpty
                        ? "none"
                        : summary.shortfalls.map {
                            "\(market.themeName($0.key)) (\($0.requests) requests, \($0.offers) offers)"
                        }.joined(separator: "; ")) + "."),
            .tag("p", "Only ask: \(names(summary.onlyAsking)). Only offer: \(names(summary.onlyOffering))."),
        ]
        return PortalPage.response("\(cycle.name): Market Place", context: context, body)
    }

    /// The plan: every pairing, every request left unmatched and why, and each locality's contacts.
    func matchPage(_ market: MarketPlaceContext, context: PortalRequestContext) async throws -> Response {
        let (plan, _, leads) = try await market.plan()
        let requests = plan.matches.count + plan.unmatched.count
        var body: [HTML] = [
            .tag(
                "p",
                "\(plan.matches.count) of \(requests) requests matched, \(plan.crossingCount) across sub-regions."
                    + " The plan matches as many requests as the offers' places allow; then it keeps pairs within"
                    + " sub-regions; then it prefers offering localities with higher self-assessed scores on the theme."
            )
        ]
        func item(_ request: MarketPlaceEntry, _ offer: MarketPlaceEntry?) -> String {
            request.itemID ?? offer?.itemID ?? ""
        }
        if !plan.matches.isEmpty {
            body.append(.tag("h2", "Pairings"))
            body.append(
                .table(
                    ["Requesting", "Offering", "Theme", "Item", "Across sub-regions", "Request", "Offer"],
                    plan.matches.map { match in
                        [
                            .text(market.name(match.request.localityCode)),
                            .text(market.name(match.offer.localityCode)),
                            .text(market.themeName(match.request.themeID)), .text(item(match.request, match.offer)),
                            .text(match.crossesSubRegion ? "yes" : "no"), .text(match.request.title),
                            .text(match.offer.title),
                        ]
                    }))
        }
        if !plan.unmatched.isEmpty {
            body.append(.tag("h2", "Requests left unmatched"))
            body.append(
                .table(
                    ["Requesting", "Theme", "Item", "Why", "Request"],
                    plan.unmatched.map { unmatched in
                        [
                            .text(market.name(unmatched.request.localityCode)),
                            .text(market.themeName(unmatched.request.themeID)), .text(item(unmatched.request, nil)),
                            .text(unmatched.reason.description), .text(unmatched.request.title),
                        ]
                    }))
        }
        let lists = ContactList.lists(for: plan, leads: leads)
        if !lists.isEmpty { body.append(.tag("h2", "Contacts per locality")) }
        for list in lists {
            body.append(.tag("h3", market.name(list.localityCode)))
            body.append(Self.contactTable(list, market: market))
        }
        return PortalPage.response("\(market.cycle.name): Market Place match", context: context, body)
    }

    /// One locality's page: the form to record its requests and offers, what it has recorded (from its
    /// workbook and on the day) and its contacts in the current plan.
    func localityMarketPage(
        _ locality: Locality, market: MarketPlaceContext, account: Account, context: PortalRequestContext,
        notice: [HTML], values: [String: String]
    ) async throws -> Response {
        let cycle = market.cycle
        var body = notice
        if AccessPolicy.allows(account, .recordMarketEntry(code: locality.code), in: cycle) {
            body += marketForm(market, locality: locality, context: context, values: values)
        }
        let (plan, entries, leads) = try await market.plan()
        let own = entries.filter { $0.localityCode == locality.code }
        body.append(.tag("h2", "\(locality.name)'s requests and offers"))
        if own.isEmpty {
            body.append(.tag("p", "None yet."))
        } else {
            body.append(
                .table(
                    ["Kind", "Theme", "Item", "Title", "Places", "Recorded"],
                    own.map { entry in
                        [
                            .text(entry.kind.rawValue), .text(market.themeName(entry.themeID)),
                            .text(entry.itemID ?? ""),
                            .text(entry.title), .text(entry.kind == .offer ? String(entry.capacity) : ""),
                            .text(entry.source ?? ""),
                        ]
                    }))
        }
        body.append(.tag("h2", "Contacts"))
        if let list = ContactList.lists(for: plan, leads: leads).first(where: { $0.localityCode == locality.code }) {
            body.append(Self.contactTable(list, market: market))
        } else {
            body.append(.tag("p", "No pairing for \(locality.name) in the current plan."))
        }
        return PortalPage.response("\(locality.name): Market Place of \(cycle.name)", context: context, body)
    }

    /// Whom the locality will contact about its requests and who will contact it about its offers.
    static func contactTable(_ list: ContactList, market: MarketPlaceContext) -> HTML {
        func rows(_ contacts: [ContactList.Contact], _ way: String) -> [[HTML]] {
            contacts.map { contact in
                [
                    .text(way), .text(market.name(contact.localityCode)),
                    .text(market.themeName(contact.themeID) + (contact.itemID.map { " (\($0))" } ?? "")),
                    .text(contact.requestTitle), .text(contact.offerTitle),
                    .text(contact.theirLeads.isEmpty ? "none named" : contact.theirLeads.joined(separator: "; ")),
                ]
            }
        }
        return .table(
            ["", "Locality", "About", "Request", "Offer", "Their leads"],
            rows(list.willContact, "will contact") + rows(list.contactedBy, "will be contacted by"))
    }

    /// The form that records a request or an offer: for `locality` (answered with that locality's page),
    /// or with `nil` for one of `choices` (answered with the whole Market Place); `values` are put back
    /// after a refusal. On a published cycle it says the Market Place is closed instead.
    func marketForm(
        _ market: MarketPlaceContext, locality: Locality?, choices: [Locality] = [], context: PortalRequestContext,
        values: [String: String]
    )
        -> [HTML]
    {
        let cycle = market.cycle
        guard !cycle.published else {
            return [
                .tag(
                    "p",
                    "The Market Place closed when \(cycle.name) was published: it is the record of the day, and"
                        + " nothing more can be recorded.")
            ]
        }
        let who: HTML =
            if let locality {
                .group([
                    .void("input", [("type", "hidden"), ("name", "locality"), ("value", locality.code)]),
                    .void("input", [("type", "hidden"), ("name", "page"), ("value", "locality")]),
                ])
            } else {
                .select(
                    "Locality", name: "locality", options: choices.map { ($0.code, $0.name) },
                    selected: values["locality"] ?? "")
            }
        let themes = market.framework.themes
        var items: [(heading: String, options: [(String, String)])] = [("Any", [("", "The whole theme")])]
        for theme in themes where !theme.assessedItems.isEmpty {
            items.append((theme.name, theme.assessedItems.map { ($0.id, "\($0.id): \($0.text)") }))
        }
        return [
            .tag("h2", "Record a request or an offer"),
            .form(
                "/cycles/\(cycle.id)/market/entries", token: context.formToken, button: "Record it",
                [
                    who,
                    .select(
                        "Request or offer", name: "kind",
                        options: [("request", "A request: we would like help"), ("offer", "An offer: we can help")],
                        selected: values["kind"] ?? ""),
                    .select(
                        "Theme", name: "theme", options: themes.map { ($0.id, $0.name) },
                        selected: values["theme"] ?? ""),
                    .select("Item (optional)", name: "item", groups: items, selected: values["item"] ?? ""),
                    .field("Title", name: "title", value: values["title"] ?? ""),
                    .field(
                        "More detail (optional)", name: "description", value: values["description"] ?? "",
                        required: false),
                    .field(
                        "For an offer: how many localities it can support (1 to 100; 3 when left empty)",
                        name: "capacity", type: "number", value: values["capacity"] ?? "", required: false),
                ]),
        ]
    }
}
