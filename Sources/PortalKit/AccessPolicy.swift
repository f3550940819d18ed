import SLIKit

/// The one answer to "may this person do this in this cycle?", which every route of the portal asks.
///
/// These are the 2016 ground rules: the network lead sees and does everything; a locality lead sees
/// and returns their own locality and records its offers and requests at the Market Place, and sees
/// the other localities, the regional overview and the whole Market Place only once the cycle is
/// published to participants; a lead body sees the recommendations and updates those it leads. Named
/// comparisons of every locality's scores and indicators, with ranks, are the network lead's alone
/// (mutual help, not league tables). Nobody who is not signed in sees anything.
public enum AccessPolicy {
    /// Whether `account` may do `action` in `cycle` (`nil` for what belongs to no cycle).
    public static func allows(_ account: Account?, _ action: PortalAction, in cycle: Cycle?) -> Bool {
        guard let account, !account.revoked else { return false }
        let published = cycle?.published ?? false
        switch (account.role, action) {
        case (.networkLead, _):
            return true
        case (.localityLead(let own), .viewLocality(let code)):
            return code == own || published
        case (.localityLead(let own), .returnWorkbook(let code)):
            return code == own
        case (.localityLead, .viewOverview), (.localityLead, .viewMarketPlace):
            return published
        case (.localityLead(let own), .recordMarketEntry(let code)):
            return code == own
        case (.localityLead, .viewReport):
            return true
        case (.leadBody, .viewRecommendations):
            return true
        case (.leadBody(let name), .updateRecommendation(let leads)):
            return leads.contains { $0.caseInsensitiveCompare(name) == .orderedSame }
        default:
            return false
        }
    }

    /// What seeing the file at `path` of a cycle's report pack asks: a locality's summary and its tables
    /// (`localities/CODE.html`, `tables/localities/CODE/...`) are that locality's; every other file (the
    /// index, the overview and its tables) names every locality.
    public static func action(forReportFile path: String) -> PortalAction {
        let parts = path.split(separator: "/")
        if parts.count == 2, parts[0] == "localities", let dot = parts[1].lastIndex(of: ".") {
            return .viewLocality(code: String(parts[1][..<dot]))
        }
        if parts.count >= 4, parts[0] == "tables", parts[1] == "localities" {
            return .viewLocality(code: String(parts[2]))
        }
        return .viewOverview
    }
}
