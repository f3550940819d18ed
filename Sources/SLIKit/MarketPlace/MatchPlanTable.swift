import SpreadsheetKit

/// A Market Place plan as a table of text, one row per match and per unmatched request, for CSV and
/// spreadsheet exports.
public struct MatchPlanTable: Sendable, Hashable {
    /// The column headings.
    public static let header = [
        "status", "theme", "item", "requesting locality", "request", "offering locality", "offer",
        "crosses sub-region", "requesting leads", "offering leads", "reason",
    ]

    /// The rows, without the header: matches first, in plan order, then unmatched requests.
    public var rows: [[String]]

    /// The table of `plan`, with localities named by `localityName` and leads from `leads`.
    ///
    /// - Parameter status: the word in the status column of a match (`match`, or `suggestion` for
    ///   suggested pairings).
    public init(
        plan: MatchPlan, leads: MarketLeads, status: String = "match", localityName: (String) -> String = { $0 }
    ) {
        var rows: [[String]] = []
        for match in plan.matches {
            let item = match.request.itemID ?? match.offer.itemID
            rows.append([
                status, match.request.themeID, item ?? "", localityName(match.request.localityCode),
                match.request.title,
                localityName(match.offer.localityCode), match.offer.title, match.crossesSubRegion ? "yes" : "no",
                leads.leads(locality: match.request.localityCode, themeID: match.request.themeID, itemID: item)
                    .joined(separator: "; "),
                leads.leads(locality: match.offer.localityCode, themeID: match.offer.themeID, itemID: item)
                    .joined(separator: "; "),
                "",
            ])
        }
        for unmatched in plan.unmatched {
            let request = unmatched.request
            rows.append([
                "unmatched", request.themeID, request.itemID ?? "", localityName(request.localityCode), request.title,
                "", "", "", leads.leads(for: request).joined(separator: "; "), "", unmatched.reason.description,
            ])
        }
        self.rows = rows
    }

    /// The table as CSV (RFC 4180: fields with commas, quotes or line breaks are quoted; CRLF line ends).
    public var csv: String {
        ([Self.header] + rows).map(DelimitedText.line).joined()
    }
}
