import ArgumentParser
import Foundation
import SLIKit
import SpreadsheetKit

extension SLI.RecommendationsCommand {
    /// `sli recommendations import FILE`: applies the statuses and notes a returned tracker workbook holds.
    struct Import: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Apply the statuses and notes of a returned tracker workbook.",
            discussion: "Nothing is applied while any cell is wrong; every problem names its sheet and cell."
        )

        @OptionGroup var options: TrackingCycleOptions

        @Option(help: "The author of rows that name none (default: network lead).")
        var author: String = "network lead"

        @Option(help: "The date of rows that give none, YYYY-MM-DD (default: today).")
        var date: String?

        @Argument(help: "The tracker workbook (.xml, .xlsx, .ods, .fods).")
        var file: String

        func run() async throws {
            let opened = try await options.open()
            let tracker = try RecommendationTracker(
                framework: opened.framework,
                updates: try await opened.store.recommendationUpdates(cycleID: opened.cycle.id))
            let read = try SpreadsheetReader.read(contentsOf: URL(fileURLWithPath: file), limits: .table)
            let result = TrackerImport(
                tracker: tracker, defaultAuthor: author,
                defaultDate: try DateOption.day(date, option: "--date")
            ).read(read.workbook, fileName: (file as NSString).lastPathComponent)
            if !result.problems.isEmpty {
                throw ProblemReport.refused(result.problems, file: (file as NSString).lastPathComponent)
            }
            guard !result.updates.isEmpty else {
                print(
                    "nothing to apply: \((file as NSString).lastPathComponent) gives every recommendation the status "
                        + "and note it already has")
                return
            }
            try await opened.store.recordRecommendationUpdates(result.updates, cycleID: opened.cycle.id)
            print(
                "applied \(result.updates.count) update(s): \(result.updates.map(\.recommendationID).joined(separator: ", "))"
            )
        }
    }
}
