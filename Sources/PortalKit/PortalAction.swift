/// Something a person asks the portal to do, which ``AccessPolicy`` allows or refuses.
public enum PortalAction: Sendable, Hashable {
    /// See every locality's status, the chase list and the recommendation tracker of a cycle.
    case viewStatus
    /// Publish a cycle to its participants.
    case publish
    /// Invite people, revoke accounts and read the audit log.
    case manageAccounts
    /// See a locality's return: its status, versions, original files and summary page.
    case viewLocality(code: String)
    /// Download a locality's workbook and upload its return.
    case returnWorkbook(code: String)
    /// See the regional overview, which names every locality.
    case viewOverview
    /// See the regional recommendations and their history.
    case viewRecommendations
    /// Record an update to a recommendation led by the named bodies.
    case updateRecommendation(leadBodies: [String])
    /// See the whole Market Place of a cycle: its summary, the plan and every locality's contacts, which
    /// name every locality.
    case viewMarketPlace
    /// Record an offer or a request at a stall of the Market Place for a locality.
    case recordMarketEntry(code: String)
    /// Open the cycle's report pack, in the browser or as a zip: each person gets the files of it they may
    /// see (``AccessPolicy/action(forReportFile:)``).
    case viewReport
    /// See every locality's scores and indicators side by side, with ranks: the named comparisons.
    case viewComparisons
}
