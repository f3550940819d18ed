import Foundation

/// Where a locality's local recommendations stand against its action plan on a given day.
public struct ActionStatus: Sendable, Hashable {
    /// Where one local recommendation stands.
    public enum State: String, Sendable, Hashable, Codable, CaseIterable {
        /// No action in the plan serves it.
        case noAction = "no-action"
        /// At least one action serves it and none is overdue.
        case planned
        /// An action serving it is past its completion date and not closed.
        case overdue
        /// Every action serving it is closed and at least one is completed.
        case completed
    }

    /// One local recommendation and the actions that serve it.
    public struct Entry: Sendable, Hashable {
        /// The framework item (a local recommendation, role `.assessed`).
        public var itemID: String
        /// The theme it belongs to.
        public var themeID: String
        /// The rows of the plan whose actions serve it.
        public var actionRows: [Int]
        /// Where it stands.
        public var state: State

        /// An entry with the given content.
        public init(itemID: String, themeID: String, actionRows: [Int], state: State) {
            self.itemID = itemID
            self.themeID = themeID
            self.actionRows = actionRows
            self.state = state
        }
    }

    /// The ONS code of the locality.
    public var localityCode: String
    /// The day the status is for.
    public var asOf: Date
    /// One entry per local recommendation, in framework order.
    public var entries: [Entry]
    /// Actions that serve no recommendation of the framework (row numbers).
    public var unlinkedActionRows: [Int]

    /// The status of `localityCode`'s local recommendations given its plan's `actions`, on `day`.
    public init(localityCode: String, framework: Framework, actions: [PlannedAction], asOf day: Date) {
        self.localityCode = localityCode
        self.asOf = day
        var entries: [Entry] = []
        for theme in framework.themes {
            for item in theme.assessedItems {
                let serving = actions.filter { $0.recommendationIDs.contains(item.id) }
                let state: State
                if serving.isEmpty {
                    state = .noAction
                } else if serving.contains(where: { $0.isOverdue(asOf: day) }) {
                    state = .overdue
                } else if serving.allSatisfy(\.isClosed), serving.contains(where: { $0.status == .completed }) {
                    state = .completed
                } else {
                    state = .planned
                }
                entries.append(Entry(itemID: item.id, themeID: theme.id, actionRows: serving.map(\.row), state: state))
            }
        }
        self.entries = entries
        let assessed = Set(entries.map(\.itemID))
        unlinkedActionRows = actions.filter { Set($0.recommendationIDs).isDisjoint(with: assessed) }.map(\.row)
    }

    /// The identifiers of the local recommendations in `state`.
    public func itemIDs(_ state: State) -> [String] {
        entries.filter { $0.state == state }.map(\.itemID)
    }

    /// The share of local recommendations completed, from 0 to 1 (0 when the framework has none).
    public var implementedShare: Double {
        entries.isEmpty ? 0 : Double(itemIDs(.completed).count) / Double(entries.count)
    }
}
