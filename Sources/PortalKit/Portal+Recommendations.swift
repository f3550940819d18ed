import Foundation
import HTTPTypes
import Hummingbird
import SLIKit
import SpreadsheetKit

extension Portal {
    /// The regional recommendations: each with its history and, for those the person may update, the
    /// form that appends an update (earlier updates are kept).
    func addRecommendationRoutes(to router: Router<PortalRequestContext>) {
        router.get("/cycles/:cycle/recommendations") { _, context in
            let cycle = try await cycle(context)
            let account = try require(.viewRecommendations, context, in: cycle)
            return try await recommendationsPage(cycle, account: account, context: context, notice: [])
        }
        router.post("/cycles/:cycle/recommendations/:id") { request, context in
            let cycle = try await cycle(context)
            let framework = try catalog.framework(id: cycle.frameworkID)
            var tracker = try RecommendationTracker(
                framework: framework, updates: try await store.recommendationUpdates(cycleID: cycle.id))
            let id = context.parameters.get("id") ?? ""
            guard let item = tracker.trackedItem(id: id) else {
                throw HTTPError(
                    .notFound,
                    message: TrackingError.unknownRecommendation(id: id, frameworkID: framework.id).description)
            }
            let leads = TrackedRecommendation.leadBodies(in: item.proposedLead ?? TrackedRecommendation.noLead)
            let account = try require(.updateRecommendation(leadBodies: leads), context, in: cycle)
            let form = try await PortalForm.read(request, context: context)
            let problem: String?
            if let status = RecommendationStatus(rawValue: form["status"]) {
                let due = form["due"].isEmpty ? nil : ISODateText.parse(form["due"])
                if !form["due"].isEmpty && due == nil {
                    problem = "due date \"\(form["due"])\" is not a date (expected YYYY-MM-DD, such as 2017-06-30)"
                } else {
                    let update = RecommendationUpdate(
                        recommendationID: item.id, status: status, date: now(), author: account.email,
                        note: form["note"], evidence: form["evidence"].isEmpty ? nil : form["evidence"],
                        reason: form["reason"].isEmpty ? nil : form["reason"], dueDate: due)
                    do {
                        try tracker.record(update)
                        try await store.recordRecommendationUpdates([update], cycleID: cycle.id)
                        try await audit(account.email, "updated", "\(item.id) in \(cycle.name): \(status.label)")
                        problem = nil
                    } catch let error as TrackingError {
                        problem = error.description
                    }
                }
            } else {
                problem = TrackingError.unknownStatus(form["status"]).description
            }
            return try await recommendationsPage(
                cycle, account: account, context: context,
                notice: [
                    problem.map(HTML.problem)
                        ?? .element("p", [("class", "ok")], [.text("\(item.id): update recorded.")])
                ])
        }
    }

    func recommendationsPage(_ cycle: Cycle, account: Account, context: PortalRequestContext, notice: [HTML])
        async throws -> Response
    {
        let framework = try catalog.framework(id: cycle.frameworkID)
        let tracker = try RecommendationTracker(
            framework: framework, updates: try await store.recommendationUpdates(cycleID: cycle.id))
        var body = notice
        for recommendation in tracker.recommendations(asOf: now()) {
            let mayUpdate = AccessPolicy.allows(
                account, .updateRecommendation(leadBodies: recommendation.leadBodies), in: cycle)
            if case .leadBody = account.role, !mayUpdate { continue }
            let id = recommendation.item.id
            body += [
                .tag("h2", "\(id): \(recommendation.item.text)"),
                .tag(
                    "p",
                    "Lead: \(recommendation.lead). Status: \(recommendation.status.label)"
                        + (recommendation.dueDate.map { ", due \(Self.day($0))" } ?? "")
                        + (recommendation.isOverdue ? " (overdue)." : ".")),
            ]
            let history = tracker.history(of: id)
            if !history.isEmpty {
                body.append(
                    .table(
                        ["Day", "Status", "By", "Note", "Evidence", "Due"],
                        history.reversed().map { update in
                            [
                                .text(Self.day(update.date)), .text(update.status.label), .text(update.author),
                                .text(
                                    [update.note, update.reason ?? ""].filter { !$0.isEmpty }.joined(separator: " ")),
                                .text(update.evidence ?? ""), .text(update.dueDate.map(Self.day) ?? ""),
                            ]
                        }))
            }
            if mayUpdate {
                body.append(
                    .form(
                        "/cycles/\(cycle.id)/recommendations/\(id)", token: context.formToken,
                        button: "Add this update to \(id)",
                        [
                            .select(
                                "Status", name: "status",
                                options: RecommendationStatus.allCases.map { ($0.rawValue, $0.label) }),
                            .field("What was done or decided", name: "note", required: false),
                            .field("Link to the evidence", name: "evidence", type: "url", required: false),
                            .field("Why not taken forward (for that status)", name: "reason", required: false),
                            .field("Due date", name: "due", type: "date", required: false),
                        ]))
            }
        }
        return PortalPage.response("\(cycle.name): recommendations", context: context, body)
    }
}
