import Foundation

/// A tracked recommendation as it stands on a given day: its item, lead body, status and due date.
public struct TrackedRecommendation: Sendable, Hashable {
    /// The framework item (role `.tracked`).
    public var item: Item
    /// The theme the item belongs to.
    public var themeID: String
    /// The theme's name.
    public var themeName: String
    /// The latest update, or `nil` when none has been recorded.
    public var latestUpdate: RecommendationUpdate?
    /// The due date set by the latest update that gave one, if any.
    public var dueDate: Date?
    /// Whether the due date has passed without the recommendation being closed.
    public var isOverdue: Bool

    /// A recommendation's state with the given content.
    public init(
        item: Item, themeID: String, themeName: String, latestUpdate: RecommendationUpdate?, dueDate: Date?,
        isOverdue: Bool
    ) {
        self.item = item
        self.themeID = themeID
        self.themeName = themeName
        self.latestUpdate = latestUpdate
        self.dueDate = dueDate
        self.isOverdue = isOverdue
    }

    /// The body proposed to lead the recommendation, or `no lead named`.
    public var lead: String { item.proposedLead ?? Self.noLead }

    /// The lead bodies one by one: the proposed lead split at semicolons (a recommendation may name several).
    public var leadBodies: [String] { Self.leadBodies(in: lead) }

    /// The bodies `lead` names one by one, split at semicolons (`PHE North West; North West Localities`
    /// names two), or `no lead named` when it names none.
    public static func leadBodies(in lead: String) -> [String] {
        let bodies = lead.split(separator: ";").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
        return bodies.isEmpty ? [noLead] : bodies
    }

    /// The current status: the latest update's, or not started when there is none.
    public var status: RecommendationStatus { latestUpdate?.status ?? .notStarted }

    /// The lead shown for items whose source names no lead body.
    public static let noLead = "no lead named"
}
