import Foundation
import SLIKit

/// A Market Place plan rendered as a terminal table, CSV or JSON.
struct MarketPlanOutput {
    var plan: MatchPlan
    var leads: MarketLeads
    var context: MarketPlaceContext
    /// `match` for a plan of offers made, `suggestion` for suggested pairings.
    var status: String

    /// The plan in `format`.
    func render(_ format: TableFormat) throws -> String {
        switch format {
        case .table: table
        case .csv: MatchPlanTable(plan: plan, leads: leads, status: status, localityName: context.name).csv
        case .json: try json + "\n"
        }
    }

    /// One line of totals.
    var totals: String {
        let requests = plan.matches.count + plan.unmatched.count
        return "\(plan.matches.count) of \(requests) requests matched, \(plan.crossingCount) across sub-regions,"
            + " \(plan.offerUse.count) offers with \(plan.offerUse.reduce(0) { $0 + $1.offer.capacity }) places"
            + " (\(plan.offerUse.reduce(0) { $0 + $1.used }) used)"
    }

    /// Matches, then unmatched requests with their reasons, as columns.
    var table: String {
        var text = "cycle \(context.cycle.name): \(totals)\n"
        if status == "suggestion" {
            text += "suggested pairings, proposed from the self-assessments: no locality has offered these\n"
        }
        if !plan.matches.isEmpty {
            text +=
                "\n"
                + TextTable.render(
                    [["REQUESTING", "OFFERING", "THEME", "ITEM", "ACROSS", "REQUEST", "OFFER"]]
                        + plan.matches.map { match in
                            [
                                context.name(match.request.localityCode), context.name(match.offer.localityCode),
                                match.request.themeID, match.request.itemID ?? match.offer.itemID ?? "-",
                                match.crossesSubRegion ? "yes" : "no", match.request.title, match.offer.title,
                            ]
                        })
        }
        if !plan.unmatched.isEmpty {
            text +=
                "\nunmatched:\n"
                + TextTable.render(
                    [["REQUESTING", "THEME", "ITEM", "REASON", "REQUEST"]]
                        + plan.unmatched.map { unmatched in
                            [
                                context.name(unmatched.request.localityCode), unmatched.request.themeID,
                                unmatched.request.itemID ?? "-", unmatched.reason.description, unmatched.request.title,
                            ]
                        })
        }
        return text
    }

    /// The plan as a JSON document that says what it is and whom it is for.
    var json: String {
        get throws {
            try JSONDocument.text(
                MarketPlanDocument(cycle: context.cycle, plan: plan, suggested: status == "suggestion"))
        }
    }
}
