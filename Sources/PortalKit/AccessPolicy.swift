import SLIKit

/// The one answer to "may this person do this in this cycle?", which every route of the portal asks.
///
/// These are the 2016 ground rules: the network lead sees and does everything; a locality lead sees
/// and returns their own locality, and the other localities and the regional overview only once the
/// cycle is published to participants; a lead body sees the recommendations and updates those it
/// leads. Nobody who is not signed in sees anything.
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
        case (.localityLead, .viewOverview):
            return published
        case (.leadBody, .viewRecommendations):
            return true
        case (.leadBody(let name), .updateRecommendation(let leads)):
            return leads.contains { $0.caseInsensitiveCompare(name) == .orderedSame }
        default:
            return false
        }
    }
}
