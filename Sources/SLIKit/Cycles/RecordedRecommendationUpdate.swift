import Foundation

/// A recommendation update as a store keeps it, with when it was recorded.
public struct RecordedRecommendationUpdate: Sendable, Hashable {
    /// The update.
    public var update: RecommendationUpdate
    /// When the store recorded it.
    public var recordedAt: Date

    /// A recorded update with the given content.
    public init(update: RecommendationUpdate, recordedAt: Date) {
        self.update = update
        self.recordedAt = recordedAt
    }
}
