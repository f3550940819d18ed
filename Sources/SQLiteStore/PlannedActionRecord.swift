import Foundation
import GRDB
import SLIKit

/// A stored action of an imported action plan, in row order.
struct PlannedActionRecord: Codable, Hashable {
    var planID: Int64
    var position: Int
    var sheet: String
    var row: Int
    var section: String?
    var reference: String?
    var issue: String?
    var rationale: String?
    var action: String
    var outcome: String?
    var lead: String?
    var partners: String?
    var reporting: String?
    var deepDiveText: String?
    var deepDive: Date?
    var completionText: String?
    var completionDate: Date?
    var statusText: String?
    var status: String?
    /// The linked item identifiers, comma-separated.
    var recommendationIDs: String
    /// `named`, `matched-text` or `none`.
    var link: String
    var linkScore: Double?

    /// The record of `action` at `position` in plan `planID`.
    init(_ action: PlannedAction, planID: Int64, position: Int) {
        self.planID = planID
        self.position = position
        sheet = action.sheet
        row = action.row
        section = action.section
        reference = action.reference
        issue = action.issue
        rationale = action.rationale
        self.action = action.action
        outcome = action.outcome
        lead = action.lead
        partners = action.partners
        reporting = action.reporting
        deepDiveText = action.deepDiveText
        deepDive = action.deepDive
        completionText = action.completionText
        completionDate = action.completionDate
        statusText = action.statusText
        status = action.status?.rawValue
        recommendationIDs = action.recommendationIDs.joined(separator: ",")
        switch action.link {
        case .named: link = "named"
        case .matchedText(let score):
            link = "matched-text"
            linkScore = score
        case .none: link = "none"
        }
    }

    /// The action the record holds.
    var plannedAction: PlannedAction {
        let linked: RecommendationLink =
            switch link {
            case "named": .named
            case "matched-text": .matchedText(score: linkScore ?? 0)
            default: .none
            }
        return PlannedAction(
            sheet: sheet, row: row, section: section, reference: reference, issue: issue, rationale: rationale,
            action: action, outcome: outcome, lead: lead, partners: partners, reporting: reporting,
            deepDiveText: deepDiveText, deepDive: deepDive, completionText: completionText,
            completionDate: completionDate, statusText: statusText, status: status.flatMap(RecommendationStatus.init),
            recommendationIDs: recommendationIDs.split(separator: ",").map(String.init), link: linked)
    }
}

extension PlannedActionRecord: FetchableRecord, PersistableRecord {
    static let databaseTableName = "plannedAction"

    enum Columns {
        static let planID = Column(CodingKeys.planID)
        static let position = Column(CodingKeys.position)
    }
}
