import Foundation
import GRDB
import SLIKit

extension Store {
    /// Appends recommendation updates to a cycle's history, in the order given, in one transaction.
    ///
    /// Check them first with ``RecommendationTracker/record(_:)``; the store keeps what it is given.
    public func recordRecommendationUpdates(_ updates: [RecommendationUpdate], cycleID: Int64) async throws {
        let now = Date()
        try await restoreRecommendationUpdates(
            updates.map { RecordedRecommendationUpdate(update: $0, recordedAt: now) }, cycleID: cycleID)
    }

    /// Appends recommendation updates as another store recorded them (with their recording times), in
    /// the order given, in one transaction.
    public func restoreRecommendationUpdates(_ updates: [RecordedRecommendationUpdate], cycleID: Int64) async throws {
        try await write { db in
            for recorded in updates {
                var stored = recorded.update
                stored.date = Self.stored(stored.date)
                stored.dueDate = stored.dueDate.map(Self.stored)
                try RecommendationUpdateRecord(stored, cycleID: cycleID, recordedAt: Self.stored(recorded.recordedAt))
                    .insert(db)
            }
        }
    }

    /// Every recommendation update of a cycle, in the order recorded.
    public func recommendationUpdates(cycleID: Int64) async throws -> [RecommendationUpdate] {
        try await recordedRecommendationUpdates(cycleID: cycleID).map(\.update)
    }

    /// Every recommendation update of a cycle with when it was recorded, in the order recorded.
    public func recordedRecommendationUpdates(cycleID: Int64) async throws -> [RecordedRecommendationUpdate] {
        try await read { db in
            try RecommendationUpdateRecord.filter(RecommendationUpdateRecord.Columns.cycleID == cycleID)
                .order(RecommendationUpdateRecord.Columns.id).fetchAll(db)
                .map { RecordedRecommendationUpdate(update: $0.update, recordedAt: $0.recordedAt) }
        }
    }

    /// Every imported version of every locality's action plan for a cycle, in the order imported.
    public func actionPlans(cycleID: Int64) async throws -> [StoredActionPlan] {
        try await read { db in
            try ActionPlanRecord.filter(ActionPlanRecord.Columns.cycleID == cycleID)
                .order(ActionPlanRecord.Columns.id).fetchAll(db).map { plan in
                    StoredActionPlan(
                        localityCode: plan.localityCode, importedAt: plan.importedAt, fileName: plan.fileName,
                        sheet: plan.sheet, headerRow: plan.headerRow,
                        actions: try PlannedActionRecord.filter(PlannedActionRecord.Columns.planID == plan.id)
                            .order(PlannedActionRecord.Columns.position).fetchAll(db).map(\.plannedAction))
                }
        }
    }

    /// Stores a locality's action plan for a cycle as a new version (earlier imports are kept).
    ///
    /// - Parameter importedAt: When the plan came in (now by default), as the report's sources list it.
    public func recordActionPlan(
        _ plan: ActionPlan, cycleID: Int64, localityCode: String, importedAt: Date = Date()
    ) async throws {
        try await write { db in
            let record = try ActionPlanRecord(
                id: nil, cycleID: cycleID, localityCode: localityCode, fileName: plan.fileName, sheet: plan.sheet,
                headerRow: plan.headerRow, importedAt: Self.stored(importedAt)
            ).insertAndFetch(db)
            guard let planID = record.id else { return }
            for (position, action) in plan.actions.enumerated() {
                try PlannedActionRecord(action, planID: planID, position: position).insert(db)
            }
        }
    }

    /// The actions of each locality's latest imported plan for a cycle, by locality code.
    public func currentActions(cycleID: Int64) async throws -> [String: [PlannedAction]] {
        try await read { db in
            let plans = try ActionPlanRecord.filter(ActionPlanRecord.Columns.cycleID == cycleID)
                .order(ActionPlanRecord.Columns.id).fetchAll(db)
            var latest: [String: Int64] = [:]
            for plan in plans { latest[plan.localityCode] = plan.id }
            var actions: [String: [PlannedAction]] = [:]
            for (locality, planID) in latest {
                actions[locality] = try PlannedActionRecord.filter(PlannedActionRecord.Columns.planID == planID)
                    .order(PlannedActionRecord.Columns.position).fetchAll(db).map(\.plannedAction)
            }
            return actions
        }
    }
}
