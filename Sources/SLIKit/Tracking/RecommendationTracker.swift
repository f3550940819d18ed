import Foundation

/// The regional recommendations of a framework and the history of their updates.
///
/// The tracked recommendations are the framework's items with role `.tracked`; their proposed lead is
/// the lead body. Updates are appended, never changed: the current status of a recommendation is that
/// of its latest update (by date; of two updates on the same day, the one recorded later).
public struct RecommendationTracker: Sendable, Hashable {
    /// The framework whose tracked items are followed.
    public let framework: Framework
    /// Every update, in the order it was recorded.
    public private(set) var updates: [RecommendationUpdate]

    /// A tracker for `framework` with the updates recorded so far (checked as `record(_:)` checks them).
    ///
    /// - Throws: `TrackingError` for the first update that is not acceptable.
    public init(framework: Framework, updates: [RecommendationUpdate] = []) throws {
        self.framework = framework
        self.updates = []
        for update in updates { try record(update) }
    }

    /// The tracked items with their themes, in framework order.
    public var trackedItems: [(theme: Theme, item: Item)] {
        framework.themes.flatMap { theme in theme.trackedItems.map { (theme, $0) } }
    }

    /// The tracked item whose identifier is `id` (case-insensitive), or `nil`.
    public func trackedItem(id: String) -> Item? {
        trackedItems.first { $0.item.id.caseInsensitiveCompare(id) == .orderedSame }?.item
    }

    /// Appends an update after checking it names a tracked item, has an author, and gives a reason when it
    /// says the recommendation is not taken forward.
    ///
    /// - Throws: `TrackingError.unknownRecommendation`, `.missingAuthor` or `.missingReason`.
    public mutating func record(_ update: RecommendationUpdate) throws {
        guard let item = trackedItem(id: update.recommendationID) else {
            throw TrackingError.unknownRecommendation(id: update.recommendationID, frameworkID: framework.id)
        }
        var update = update
        update.recommendationID = item.id
        if update.author.trimmingCharacters(in: .whitespaces).isEmpty {
            throw TrackingError.missingAuthor(recommendationID: item.id)
        }
        if update.status == .notTakenForward, (update.reason ?? "").trimmingCharacters(in: .whitespaces).isEmpty {
            throw TrackingError.missingReason(recommendationID: item.id)
        }
        updates.append(update)
    }

    /// The updates to recommendation `id`, oldest first (same-day updates in the order recorded).
    public func history(of id: String) -> [RecommendationUpdate] {
        let indexed = updates.enumerated().filter {
            $0.element.recommendationID.caseInsensitiveCompare(id) == .orderedSame
        }
        return indexed.sorted { ($0.element.date, $0.offset) < ($1.element.date, $1.offset) }.map(\.element)
    }

    /// The recommendations as they stand on `day`: updates dated after it are not yet counted, and a
    /// recommendation is overdue when its due date is before `day` and it is neither completed nor
    /// not taken forward.
    public func recommendations(asOf day: Date) -> [TrackedRecommendation] {
        trackedItems.map { theme, item in
            let history = history(of: item.id).filter { $0.date <= day }
            let latest = history.last
            let due = history.last { $0.dueDate != nil }?.dueDate
            let closed = latest?.status.isClosed ?? false
            return TrackedRecommendation(
                item: item, themeID: theme.id, themeName: theme.name, latestUpdate: latest, dueDate: due,
                isOverdue: !closed && due.map { $0 < day } == true)
        }
    }

    /// Progress by lead body on `day`, in the order lead bodies first appear in the framework.
    ///
    /// A recommendation that names several lead bodies (separated by semicolons) counts under each.
    public func summaryByLead(asOf day: Date) -> [ProgressSummary] {
        summaries(recommendations(asOf: day), by: \.leadBodies)
    }

    /// Progress by theme on `day`, in framework order (themes without tracked items are left out).
    public func summaryByTheme(asOf day: Date) -> [ProgressSummary] {
        summaries(recommendations(asOf: day)) { [$0.themeName] }
    }

    private func summaries(
        _ recommendations: [TrackedRecommendation], by keys: (TrackedRecommendation) -> [String]
    ) -> [ProgressSummary] {
        var order: [String] = []
        var groups: [String: [TrackedRecommendation]] = [:]
        for recommendation in recommendations {
            for group in keys(recommendation) {
                if groups[group] == nil { order.append(group) }
                groups[group, default: []].append(recommendation)
            }
        }
        return order.map { ProgressSummary(group: $0, recommendations: groups[$0] ?? []) }
    }
}
