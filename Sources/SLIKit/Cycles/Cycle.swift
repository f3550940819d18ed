import Foundation

/// A peer-review cycle: one region assessed against one framework, with a deadline for returns.
public struct Cycle: Sendable, Hashable, Codable, Identifiable {
    /// The store's identifier for the cycle.
    public var id: Int64
    /// A unique name, e.g. `nw-2016`.
    public var name: String
    /// The region whose localities take part.
    public var regionID: String
    /// The framework the localities assess themselves against.
    public var frameworkID: String
    /// The last day (UTC) on which a return is on time, if the cycle has a deadline.
    public var deadline: Date?
    /// The earlier cycle a follow-up compares with, if any.
    public var baselineCycleID: Int64?
    /// Whether the cycle is published: its submissions are then frozen.
    public var published: Bool
    /// When the cycle was created.
    public var createdAt: Date

    /// A cycle with the given content.
    public init(
        id: Int64, name: String, regionID: String, frameworkID: String, deadline: Date? = nil,
        baselineCycleID: Int64? = nil, published: Bool = false, createdAt: Date
    ) {
        self.id = id
        self.name = name
        self.regionID = regionID
        self.frameworkID = frameworkID
        self.deadline = deadline
        self.baselineCycleID = baselineCycleID
        self.published = published
        self.createdAt = createdAt
    }

    /// Whether a return received at `date` is late: after the end of the deadline day (UTC).
    public func isLate(_ date: Date) -> Bool {
        guard let deadline else { return false }
        return date >= deadline.addingTimeInterval(86_400)
    }
}
