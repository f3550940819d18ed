/// One locality's participation in the cycle: whether and when it submitted.
public struct ReportParticipation: Sendable, Hashable, Codable {
    /// Where a locality's submission stands, in the words of the cycle status.
    public enum Status: String, Sendable, Hashable, Codable, CaseIterable {
        /// An accepted submission arrived by the deadline.
        case received
        /// An accepted submission arrived after the deadline.
        case late
        /// Files arrived but none was accepted yet.
        case rejected
        /// Nothing arrived.
        case notReceived = "not received"
        /// The locality does not take part in this cycle.
        case notTakingPart = "not taking part"
    }

    /// The locality's ONS code.
    public var localityCode: String
    /// Where its submission stands.
    public var status: Status
    /// The day its accepted submission arrived.
    public var submittedOn: String?
    /// The version of its accepted submission.
    public var version: Int?
    /// How many problems its latest file had (errors and warnings).
    public var problemCount: Int

    /// A participation row with the given details.
    public init(
        localityCode: String, status: Status, submittedOn: String? = nil, version: Int? = nil, problemCount: Int = 0
    ) {
        self.localityCode = localityCode
        self.status = status
        self.submittedOn = submittedOn
        self.version = version
        self.problemCount = problemCount
    }
}
