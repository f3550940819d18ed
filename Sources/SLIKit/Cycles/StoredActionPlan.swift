import Foundation

/// One imported version of a locality's action plan as a store keeps it.
public struct StoredActionPlan: Sendable, Hashable {
    /// The locality the plan is for.
    public var localityCode: String
    /// When the plan was imported.
    public var importedAt: Date
    /// The file's name as imported.
    public var fileName: String
    /// The sheet the plan was read from.
    public var sheet: String
    /// The header row's number (1-based).
    public var headerRow: Int
    /// The plan's actions, in row order.
    public var actions: [PlannedAction]

    /// A stored plan with the given content.
    public init(
        localityCode: String, importedAt: Date, fileName: String, sheet: String, headerRow: Int,
        actions: [PlannedAction]
    ) {
        self.localityCode = localityCode
        self.importedAt = importedAt
        self.fileName = fileName
        self.sheet = sheet
        self.headerRow = headerRow
        self.actions = actions
    }

    /// The plan as ``TrackingRepository/recordActionPlan(_:cycleID:localityCode:importedAt:)`` takes it.
    public var plan: ActionPlan {
        ActionPlan(
            fileName: fileName, sheet: sheet, headerRow: headerRow, columns: [:], headers: [:], actions: actions,
            problems: [])
    }
}
