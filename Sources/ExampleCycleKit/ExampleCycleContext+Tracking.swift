import Foundation
import ReportKit
import SLIKit
import SpreadsheetKit

extension ExampleCycleContext {
    /// The first day regional recommendations are reported on.
    static let trackingStart = "2016-06-01"

    /// Records synthetic, deterministic progress on every regional recommendation: most started in the
    /// summer, some completed by the winter, one in ten not taken forward with a reason.
    func recordRecommendationProgress(cycle: Cycle, seed: UInt64) async throws {
        var tracker = try RecommendationTracker(framework: framework)
        var random = SeededGenerator.stream(seed: seed, "recommendation progress")
        let start = ISODateText.parse(Self.trackingStart) ?? Date(timeIntervalSince1970: 0)
        for (index, entry) in tracker.trackedItems.enumerated() {
            let draw = Double.random(in: 0..<1, using: &random)
            let started = start + Double(index * 3 % 60) * Self.day
            let author = entry.item.proposedLead ?? "network lead"
            if draw < 0.1 {
                try tracker.record(
                    RecommendationUpdate(
                        recommendationID: entry.item.id, status: .notTakenForward, date: started, author: author,
                        note: "Discussed at the network meeting (synthetic example).",
                        reason: "Covered by the regional maternity programme (synthetic example)."))
                continue
            }
            guard draw < 0.85 else { continue }
            try tracker.record(
                RecommendationUpdate(
                    recommendationID: entry.item.id, status: .inProgress, date: started, author: author,
                    note: "Lead agreed and a plan drafted (synthetic example).",
                    dueDate: start + 300 * Self.day))
            if draw < 0.45 {
                try tracker.record(
                    RecommendationUpdate(
                        recommendationID: entry.item.id, status: .completed, date: started + 180 * Self.day,
                        author: author, note: "Reported done to the network (synthetic example)."))
            }
        }
        try await store.recordRecommendationUpdates(tracker.updates, cycleID: cycle.id)
        let summary = ProgressSummary(
            group: "regional recommendations",
            recommendations: tracker.recommendations(asOf: start + 365 * Self.day))
        let counts = RecommendationStatus.allCases.map { "\(summary.count($0)) \($0.label)" }
        progress(
            "recorded \(tracker.updates.count) progress updates on \(summary.total) regional recommendations ("
                + counts.joined(separator: ", ") + ")")
    }

    /// Writes an action plan for the first two localities on their three weakest items, as XLSX, and
    /// imports each with the action-plan importer, as received on `day`.
    func importActionPlans(_ assessments: [SelfAssessment], cycle: Cycle, on day: Date) async throws {
        let folder = directory.appendingPathComponent("action-plans")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        for assessment in assessments.prefix(2) {
            guard let locality = region.locality(code: assessment.localityCode) else { continue }
            let url = folder.appendingPathComponent(
                WorkbookTemplate.fileName(for: locality, format: .xlsx).replacingOccurrences(
                    of: ".xlsx", with: " action plan.xlsx"))
            try SpreadsheetWriter.write(actionPlan(for: assessment, locality: locality), format: .xlsx, to: url)
            let read = try SpreadsheetReader.read(contentsOf: url, limits: .table)
            let plan = try ActionPlanImport(framework: framework).read(read.workbook, fileName: url.lastPathComponent)
            if plan.hasErrors {
                throw ExampleCycleError.unexpectedOutcome(
                    file: url.lastPathComponent, found: "\(plan.problems.count) problem(s)", expected: "a clean plan")
            }
            try await store.recordActionPlan(plan, cycleID: cycle.id, localityCode: locality.code, importedAt: day)
            progress(
                "imported \(relativePath(url)): \(plan.actions.count) actions linked to"
                    + " \(Set(plan.actions.flatMap(\.recommendationIDs)).count) local recommendations")
        }
    }

    /// The header of the example action plans.
    static let actionPlanHeader = ["Ref", "Issue", "Action", "Lead", "Completion date", "Status", "Recommendations"]

    /// A locality's action plan on its three lowest-rated items.
    func actionPlan(for assessment: SelfAssessment, locality: Locality) -> WorkbookDraft {
        let weakest = assessment.answers.filter { $0.rating?.value != nil }
            .sorted { ($0.rating?.value ?? 0) < ($1.rating?.value ?? 0) }.prefix(3)
        var sheet = SheetDraft(name: "Action plan")
        sheet.set(
            .string("\(locality.name) infant mortality action plan (synthetic example)"),
            at: CellReference(row: 0, column: 0))
        for (column, title) in Self.actionPlanHeader.enumerated() {
            sheet.set(.string(title), at: CellReference(row: 2, column: column))
        }
        let statuses = ["in progress", "completed", "not started"]
        let due = ISODateText.parse("2017-03-31") ?? Date(timeIntervalSince1970: 0)
        for (offset, answer) in weakest.enumerated() {
            let found = framework.item(id: answer.itemID)
            let item = found?.item
            let theme = found?.theme.name.lowercased() ?? "this area"
            let values: [CellValue] = [
                .number(Double(offset + 1)), .string(item?.text ?? answer.itemID),
                .string("Agree \(answer.itemID) actions on \(theme) with a named lead (synthetic example)."),
                .string(answer.lead ?? item?.proposedLead ?? "Director of Public Health"), .date(due),
                .string(statuses[offset % statuses.count]), .string(answer.itemID),
            ]
            for (column, value) in values.enumerated() {
                sheet.set(value, at: CellReference(row: 3 + offset, column: column))
            }
        }
        return WorkbookDraft(sheets: [sheet])
    }

    /// Writes the report of `cycle` under `report/`, in a folder named after the cycle.
    func writeReport(_ cycle: Cycle, catalog: Catalog) async throws -> URL {
        let slug = cycle.name.lowercased().split { !($0.isLetter || $0.isNumber) }.joined(separator: "-")
        let folder = directory.appendingPathComponent("report/\(slug)")
        let data = try await ReportData(store: store, cycle: cycle, catalog: catalog)
        let files = try ReportWriter().write(data, to: folder)
        let pages = files.filter { !$0.path.hasPrefix("tables/") }.count
        progress(
            "wrote the report of \"\(cycle.name)\": \(pages) pages and \(files.count - pages) tables in \(relativePath(folder))"
        )
        return folder
    }
}
