import Foundation
import SpreadsheetKit

/// The JSON form of the action status: per locality with a plan, where each local recommendation stands.
public struct ActionStatusDocument: Encodable, Sendable {
    /// One locality with an action plan.
    public struct Locality: Encodable, Sendable {
        /// The locality's ONS code.
        public var code: String
        /// The locality's name.
        public var name: String
        /// Each local recommendation and how the plan serves it.
        public var entries: [Entry]
    }

    /// One local recommendation and the plan rows whose actions serve it.
    public struct Entry: Encodable, Sendable {
        /// The recommendation's theme.
        public var theme: String
        /// The recommendation's item.
        public var item: String
        /// Where it stands: completed, overdue, in hand or without an action.
        public var state: String
        /// The plan's rows whose actions serve it.
        public var actionRows: [Int]
    }

    /// The cycle's name.
    public var cycle: String
    /// The day the status is taken on.
    public var asOf: String
    /// The localities with an action plan, in the region's order.
    public var localities: [Locality]
    /// The ONS codes of the localities with no action plan.
    public var withoutPlan: [String]

    /// The status on `day` of the actions of each locality's current plan (`actions`, by locality code),
    /// for the localities of `region` and the recommendations of `framework`.
    public init(
        cycle: Cycle, region: Region, framework: Framework, actions: [String: [PlannedAction]], asOf day: Date
    ) {
        self.cycle = cycle.name
        asOf = ISODateText.format(day)
        localities = region.localities.compactMap { locality in
            guard let planned = actions[locality.code] else { return nil }
            let status = ActionStatus(localityCode: locality.code, framework: framework, actions: planned, asOf: day)
            return Locality(
                code: locality.code, name: locality.name,
                entries: status.entries.map { entry in
                    Entry(
                        theme: entry.themeID, item: entry.itemID, state: entry.state.rawValue,
                        actionRows: entry.actionRows)
                })
        }
        withoutPlan = region.localities.filter { actions[$0.code] == nil }.map(\.code)
    }
}
