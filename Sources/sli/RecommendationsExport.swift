import ArgumentParser
import Foundation
import SLIKit
import SpreadsheetKit

extension SLI.RecommendationsCommand {
    /// `sli recommendations export`: the tracker workbook for lead bodies, one sheet per lead body.
    struct Export: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Write the tracker workbook for lead bodies: one sheet per lead body.",
            discussion: """
                Lead bodies fill in the status (a drop-down), note, evidence, reason, due date and who updated \
                it and when; `sli recommendations import` applies what they return.
                """
        )

        enum Format: String, ExpressibleByArgument, CaseIterable {
            case xml, xlsx
        }

        @OptionGroup var options: TrackingCycleOptions

        @Option(help: "xml (SpreadsheetML 2003) or xlsx.")
        var format: Format = .xlsx

        @Option(help: "The file to write.")
        var out: String

        @OptionGroup var asOf: AsOfOption

        func run() async throws {
            let opened = try await options.open()
            let tracker = try RecommendationTracker(
                framework: opened.framework,
                updates: try await opened.store.recommendationUpdates(cycleID: opened.cycle.id))
            let draft = TrackerWorkbook.draft(tracker, asOf: try asOf.day())
            try SpreadsheetWriter.write(
                draft, format: format == .xml ? .spreadsheetML : .xlsx, to: URL(fileURLWithPath: out))
            print("wrote \(out): \(draft.sheets.count) lead bodies, \(tracker.trackedItems.count) recommendations")
        }
    }
}
