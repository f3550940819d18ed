import ArgumentParser
import Foundation
import SLIKit
import SpreadsheetKit

extension SLI.RecommendationsCommand {
    /// `sli recommendations update`: records one status update (earlier updates are kept).
    struct Update: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Record a status update for one regional recommendation; earlier updates are kept."
        )

        @OptionGroup var options: TrackingCycleOptions

        @Option(help: "The recommendation's id, e.g. R7.")
        var id: String

        @Option(help: "not-started, in-progress, completed or not-taken-forward.")
        var status: String

        @Option(help: "What was done or decided.")
        var note: String = ""

        @Option(help: "Who reports the update (default: network lead).")
        var author: String = "network lead"

        @Option(help: "A link to the evidence.")
        var evidence: String?

        @Option(help: "The day the update reports on, YYYY-MM-DD (default: today).")
        var date: String?

        @Option(help: "Why the recommendation is not taken forward (required for that status).")
        var reason: String?

        @Option(help: "A due date for the recommendation, YYYY-MM-DD.")
        var due: String?

        func run() async throws {
            let opened = try await options.open()
            guard let parsed = RecommendationStatus.parse(status) else {
                throw ValidationError(TrackingError.unknownStatus(status).description)
            }
            var tracker = try RecommendationTracker(
                framework: opened.framework,
                updates: try await opened.store.recommendationUpdates(cycleID: opened.cycle.id))
            let update = RecommendationUpdate(
                recommendationID: id, status: parsed, date: try DateOption.day(date, option: "--date"),
                author: author, note: note, evidence: evidence, reason: reason,
                dueDate: try due.map { try DateOption.parse($0, option: "--due") })
            try tracker.record(update)
            guard let recorded = tracker.updates.last else { return }
            try await opened.store.recordRecommendationUpdates([recorded], cycleID: opened.cycle.id)
            let count = tracker.history(of: recorded.recommendationID).count
            print(
                "\(recorded.recommendationID): \(parsed.label) on \(ISODateText.format(recorded.date)) (update \(count))"
            )
        }
    }
}
