import ArgumentParser
import Foundation
import SLIKit
import SpreadsheetKit

extension SLI.RecommendationsCommand {
    /// `sli recommendations list`: each recommendation's current status, then progress by lead body and theme.
    struct List: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "List the regional recommendations with their current status and progress summaries."
        )

        @OptionGroup var options: TrackingCycleOptions

        @Option(help: "Only recommendations whose lead body contains this text (any case).")
        var lead: String?

        @Option(help: "Only recommendations with this status (not-started, in-progress, completed, not-taken-forward).")
        var status: String?

        @OptionGroup var asOf: AsOfOption

        @OptionGroup var output: TableFormatOption

        func run() async throws {
            let opened = try await options.open()
            let day = try asOf.day()
            let tracker = try RecommendationTracker(
                framework: opened.framework,
                updates: try await opened.store.recommendationUpdates(cycleID: opened.cycle.id))
            var wanted: RecommendationStatus?
            if let status {
                guard let parsed = RecommendationStatus.parse(status) else {
                    throw ValidationError(TrackingError.unknownStatus(status).description)
                }
                wanted = parsed
            }
            let shown = tracker.recommendations(asOf: day).filter { recommendation in
                (lead.map { recommendation.lead.localizedCaseInsensitiveContains($0) } ?? true)
                    && (wanted.map { recommendation.status == $0 } ?? true)
            }
            switch output.format {
            case .table: break
            case .csv:
                print(Self.csv(shown), terminator: "")
                return
            case .json:
                print(
                    try JSONDocument.text(
                        RecommendationListDocument(cycle: opened.cycle, tracker: tracker, shown: shown, asOf: day)))
                return
            }
            let rows = shown.map { recommendation in
                [
                    recommendation.item.id, recommendation.lead, recommendation.status.rawValue,
                    recommendation.dueDate.map(ISODateText.format) ?? "-", recommendation.isOverdue ? "overdue" : "",
                    recommendation.latestUpdate.map { "\(ISODateText.format($0.date)) \($0.author): \($0.note)" } ?? "",
                ]
            }
            var text = TextTable.render(["id", "lead", "status", "due", "", "latest update"], rows)
            text += "\n" + Self.summaries("lead body", tracker.summaryByLead(asOf: day))
            text += "\n" + Self.summaries("theme", tracker.summaryByTheme(asOf: day))
            print(text, terminator: "")
        }

        /// One CSV row per recommendation, with its latest update.
        static func csv(_ recommendations: [TrackedRecommendation]) -> String {
            let header = ["id", "theme", "lead", "status", "due", "overdue", "updated", "updated_by", "note"]
            return
                ([header]
                + recommendations.map { recommendation in
                    [
                        recommendation.item.id, recommendation.themeID, recommendation.lead,
                        recommendation.status.rawValue, recommendation.dueDate.map(ISODateText.format) ?? "",
                        recommendation.isOverdue ? "yes" : "no",
                        recommendation.latestUpdate.map { ISODateText.format($0.date) } ?? "",
                        recommendation.latestUpdate?.author ?? "", recommendation.latestUpdate?.note ?? "",
                    ]
                }).map(DelimitedText.line).joined()
        }

        /// Progress summaries as a table headed by `kind`.
        static func summaries(_ kind: String, _ summaries: [ProgressSummary]) -> String {
            TextTable.render(
                [kind, "total"] + RecommendationStatus.allCases.map(\.rawValue) + ["overdue"],
                summaries.map { summary in
                    [summary.group, String(summary.total)]
                        + RecommendationStatus.allCases.map {
                            String(summary.count($0))
                        } + [String(summary.overdue)]
                })
        }
    }
}
