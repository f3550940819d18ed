import Foundation
import PostgresNIO
import SLIKit

extension PostgresStore: TrackingRepository {
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
        try await transaction("recording recommendation updates for cycle \(cycleID)", .write) { [self] connection in
            for recorded in updates {
                let update = recorded.update
                try await connection.query(
                    """
                    INSERT INTO recommendation_update (cycle_id, recommendation_id, status, date, author, note,
                        evidence, reason, due_date, recorded_at)
                    VALUES (\(cycleID), \(update.recommendationID), \(update.status.rawValue),
                        \(Self.stored(update.date)), \(update.author), \(update.note), \(update.evidence),
                        \(update.reason), \(update.dueDate.map(Self.stored)), \(Self.stored(recorded.recordedAt)))
                    """, logger: logger)
            }
        }
    }

    /// Every recommendation update of a cycle, in the order recorded.
    public func recommendationUpdates(cycleID: Int64) async throws -> [RecommendationUpdate] {
        try await recordedRecommendationUpdates(cycleID: cycleID).map(\.update)
    }

    /// Every recommendation update of a cycle with when it was recorded, in the order recorded.
    public func recordedRecommendationUpdates(cycleID: Int64) async throws -> [RecordedRecommendationUpdate] {
        try await transaction("reading the recommendation updates of cycle \(cycleID)", .read) { [self] connection in
            try await connection.query(
                """
                SELECT recommendation_id, status, date, author, note, evidence, reason, due_date, recorded_at
                FROM recommendation_update WHERE cycle_id = \(cycleID) ORDER BY id
                """, logger: logger
            ).collect().map { row in
                let (recommendationID, status, date, author, note, evidence, reason, dueDate, recordedAt) =
                    try row.decode((String, String, Date, String, String, String?, String?, Date?, Date).self)
                return RecordedRecommendationUpdate(
                    update: RecommendationUpdate(
                        recommendationID: recommendationID,
                        status: RecommendationStatus(rawValue: status) ?? .notStarted, date: date, author: author,
                        note: note, evidence: evidence, reason: reason, dueDate: dueDate),
                    recordedAt: recordedAt)
            }
        }
    }

    /// Stores a locality's action plan for a cycle as a new version (earlier imports are kept).
    public func recordActionPlan(
        _ plan: ActionPlan, cycleID: Int64, localityCode: String, importedAt: Date = Date()
    ) async throws {
        let importedAt = Self.stored(importedAt)
        try await transaction("storing the action plan \(plan.fileName)", .write) { [self] connection in
            let planID = try await connection.query(
                """
                INSERT INTO action_plan (cycle_id, locality_code, file_name, sheet, header_row, imported_at)
                VALUES (\(cycleID), \(localityCode), \(plan.fileName), \(plan.sheet), \(plan.headerRow), \(importedAt))
                RETURNING id
                """, logger: logger
            ).collect().first?.decode(Int64.self)
            guard let planID else { return }
            for (position, action) in plan.actions.enumerated() {
                let link = PlannedActionLink(action.link)
                try await connection.query(
                    """
                    INSERT INTO planned_action (plan_id, position, sheet, row, section, reference, issue, rationale,
                        action, outcome, lead, partners, reporting, deep_dive_text, deep_dive, completion_text,
                        completion_date, status_text, status, recommendation_ids, link, link_score)
                    VALUES (\(planID), \(position), \(action.sheet), \(action.row), \(action.section),
                        \(action.reference), \(action.issue), \(action.rationale), \(action.action), \(action.outcome),
                        \(action.lead), \(action.partners), \(action.reporting), \(action.deepDiveText),
                        \(action.deepDive), \(action.completionText), \(action.completionDate), \(action.statusText),
                        \(action.status?.rawValue), \(action.recommendationIDs.joined(separator: ",")), \(link.name),
                        \(link.score))
                    """, logger: logger)
            }
        }
    }

    /// The actions of each locality's latest imported plan for a cycle, by locality code.
    public func currentActions(cycleID: Int64) async throws -> [String: [PlannedAction]] {
        var actions: [String: [PlannedAction]] = [:]
        for plan in try await actionPlans(cycleID: cycleID) { actions[plan.localityCode] = plan.actions }
        return actions
    }

    /// Every imported version of every locality's action plan for a cycle, in the order imported.
    public func actionPlans(cycleID: Int64) async throws -> [StoredActionPlan] {
        try await transaction("reading the action plans of cycle \(cycleID)", .read) { [self] connection in
            let rows = try await connection.query(
                """
                SELECT action.plan_id, action.sheet, action.row, action.section, action.reference, action.issue,
                    action.rationale, action.action, action.outcome, action.lead, action.partners, action.reporting,
                    action.deep_dive_text, action.deep_dive, action.completion_text, action.completion_date,
                    action.status_text, action.status, action.recommendation_ids, action.link, action.link_score
                FROM planned_action AS action JOIN action_plan AS plan ON plan.id = action.plan_id
                WHERE plan.cycle_id = \(cycleID) ORDER BY action.plan_id, action.position
                """, logger: logger
            ).collect()
            var actions: [Int64: [PlannedAction]] = [:]
            for row in rows {
                let (
                    planID, sheet, rowNumber, section, reference, issue, rationale, action, outcome, lead, partners,
                    reporting, deepDiveText, deepDive, completionText, completionDate, statusText, status,
                    recommendationIDs, linkName, linkScore
                ) = try row.decode(
                    (
                        Int64, String, Int, String?, String?, String?, String?, String, String?, String?, String?,
                        String?, String?, Date?, String?, Date?, String?, String?, String, String, Double?
                    ).self)
                actions[planID, default: []].append(
                    PlannedAction(
                        sheet: sheet, row: rowNumber, section: section, reference: reference, issue: issue,
                        rationale: rationale, action: action, outcome: outcome, lead: lead, partners: partners,
                        reporting: reporting, deepDiveText: deepDiveText, deepDive: deepDive,
                        completionText: completionText, completionDate: completionDate, statusText: statusText,
                        status: status.flatMap(RecommendationStatus.init),
                        recommendationIDs: recommendationIDs.split(separator: ",").map(String.init),
                        link: PlannedActionLink(name: linkName, score: linkScore).link))
            }
            return try await connection.query(
                """
                SELECT id, locality_code, imported_at, file_name, sheet, header_row FROM action_plan
                WHERE cycle_id = \(cycleID) ORDER BY id
                """, logger: logger
            ).collect().map { row in
                let (id, localityCode, importedAt, fileName, sheet, headerRow) = try row.decode(
                    (Int64, String, Date, String, String, Int).self)
                return StoredActionPlan(
                    localityCode: localityCode, importedAt: importedAt, fileName: fileName, sheet: sheet,
                    headerRow: headerRow, actions: actions[id] ?? [])
            }
        }
    }
}
