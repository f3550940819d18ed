import Foundation

/// One action of a locality's action plan, as read from a row of the plan's spreadsheet.
public struct PlannedAction: Sendable, Hashable {
    /// The sheet the row is on.
    public var sheet: String
    /// The row number as the spreadsheet shows it (1-based).
    public var row: Int
    /// The section heading the row sits under (e.g. `2. Maternal characteristics & risk factors`), if any.
    public var section: String?
    /// The plan's own numbering (e.g. `2.4`), carried down from the row above when left blank.
    public var reference: String?
    /// The issue or objective, carried down from the row above when left blank.
    public var issue: String?
    /// The detail or rationale.
    public var rationale: String?
    /// What will be done.
    public var action: String
    /// The change wanted.
    public var outcome: String?
    /// Who is accountable.
    public var lead: String?
    /// Partners working with the lead.
    public var partners: String?
    /// How the lead reports back.
    public var reporting: String?
    /// The deep-dive date as written.
    public var deepDiveText: String?
    /// The deep-dive date, when the text holds one.
    public var deepDive: Date?
    /// The completion date as written (`Nov-16`, `Ongoing`).
    public var completionText: String?
    /// The completion date, when the text holds one.
    public var completionDate: Date?
    /// The status as written.
    public var statusText: String?
    /// The status, when one was given.
    public var status: RecommendationStatus?
    /// The identifiers of the framework items the action serves.
    public var recommendationIDs: [String]
    /// How the action was linked to them.
    public var link: RecommendationLink

    /// An action with the given content.
    public init(
        sheet: String, row: Int, section: String? = nil, reference: String? = nil, issue: String? = nil,
        rationale: String? = nil, action: String, outcome: String? = nil, lead: String? = nil,
        partners: String? = nil, reporting: String? = nil, deepDiveText: String? = nil, deepDive: Date? = nil,
        completionText: String? = nil, completionDate: Date? = nil, statusText: String? = nil,
        status: RecommendationStatus? = nil, recommendationIDs: [String] = [], link: RecommendationLink = .none
    ) {
        self.sheet = sheet
        self.row = row
        self.section = section
        self.reference = reference
        self.issue = issue
        self.rationale = rationale
        self.action = action
        self.outcome = outcome
        self.lead = lead
        self.partners = partners
        self.reporting = reporting
        self.deepDiveText = deepDiveText
        self.deepDive = deepDive
        self.completionText = completionText
        self.completionDate = completionDate
        self.statusText = statusText
        self.status = status
        self.recommendationIDs = recommendationIDs
        self.link = link
    }

    /// Whether the action is completed or not taken forward.
    public var isClosed: Bool { status?.isClosed ?? false }

    /// Whether the completion date is before `day` and the action is not closed.
    public func isOverdue(asOf day: Date) -> Bool {
        guard let completionDate, !isClosed else { return false }
        return completionDate < day
    }
}
