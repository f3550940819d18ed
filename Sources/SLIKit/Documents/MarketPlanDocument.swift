import Foundation

/// The JSON form of a Market Place plan: what it is, whom it is for, and the plan.
public struct MarketPlanDocument: Encodable, Sendable {
    /// The cycle's name.
    public var cycle: String
    /// Whether this is the plan of offers made or pairings suggested from the self-assessments.
    public var kind: String
    /// Who may see it: the plan names localities.
    public var audience: String
    /// The matches and unmatched requests.
    public var plan: MatchPlan

    /// The document of `plan` for `cycle`; `suggested` when the pairings come from the self-assessments
    /// rather than from offers made.
    public init(cycle: Cycle, plan: MatchPlan, suggested: Bool) {
        self.cycle = cycle.name
        kind = suggested ? "suggested pairings from self-assessments" : "market place plan"
        audience = "network lead and participating localities: names localities"
        self.plan = plan
    }
}
