import ArgumentParser
import Foundation
import SLIKit
import SQLiteStore
import SpreadsheetKit

extension SLI {
    /// `sli followup`: the follow-up cycle compared with its baseline.
    struct FollowUpCommand: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "followup",
            abstract: "Compare a follow-up cycle with its baseline: changes, tests, implementation, indicators.",
            discussion: """
                Per theme, each locality's change is its mean follow-up rating minus its mean baseline rating \
                over the items it rated on the scale in both cycles (N/A and blanks left out). The median change \
                and a two-sided Wilcoxon signed-rank test (zero differences dropped, average ranks for ties, \
                normal approximation with tie correction, no continuity correction) are over those localities; \
                with fewer than 6 non-zero changes the theme is not tested. Action plans and recommendation \
                updates are taken from the baseline cycle and the follow-up cycle together (a later plan wins).
                """
        )

        @OptionGroup var options: TrackingCycleOptions

        @OptionGroup var output: TableFormatOption

        @OptionGroup var asOf: AsOfOption

        @Option(
            help: "Indicator values of the baseline (columns indicator, area, value); default: the cycle's figures.")
        var baselineIndicators: String?

        @Option(
            help: "Indicator values of the follow-up (columns indicator, area, value); default: the cycle's figures.")
        var followupIndicators: String?

        func run() async throws {
            let opened = try await options.open()
            guard let baselineID = opened.cycle.baselineCycleID else {
                throw CommandError(
                    "cycle \"\(opened.cycle.name)\" names no baseline cycle: create it with --baseline CYCLE")
            }
            let store = opened.store
            let baseline = try await store.cycle(id: baselineID)
            guard baseline.frameworkID == opened.cycle.frameworkID else {
                throw CommandError(
                    "baseline cycle \"\(baseline.name)\" uses framework \(baseline.frameworkID) but "
                        + "\"\(opened.cycle.name)\" uses \(opened.cycle.frameworkID): a follow-up fills the same framework"
                )
            }
            let day = try asOf.day()
            var withoutIndicators: [String] = []
            for (cycle, file) in [(baseline, baselineIndicators), (opened.cycle, followupIndicators)] where file == nil
            {
                if try await store.indicatorValues(cycleID: cycle.id).isEmpty { withoutIndicators.append(cycle.name) }
            }
            let result = try await FollowUp(
                store: store, cycle: opened.cycle, baseline: baseline, framework: opened.framework,
                indicators: try IndicatorSet(catalogDirectory: Catalog.default.directory), asOf: day,
                baselineIndicators: try baselineIndicators.map(Self.indicators),
                followUpIndicators: try followupIndicators.map(Self.indicators))
            let report = FollowUpReport(
                result: result, region: opened.region, baseline: baseline.name, followUp: opened.cycle.name, asOf: day,
                unpublished: [baseline, opened.cycle].filter { !$0.published }.map(\.name),
                withoutIndicators: withoutIndicators)
            switch output.format {
            case .table: print(report.table(), terminator: "")
            case .csv: print(report.csv(), terminator: "")
            case .json: print(try report.json())
            }
        }

        /// The indicator values in the file at `path` (columns indicator, area, value).
        private static func indicators(_ path: String) throws -> [IndicatorKey: Double] {
            let read = try SpreadsheetReader.read(contentsOf: URL(fileURLWithPath: path), limits: .table)
            return try IndicatorValues.read(read.workbook, fileName: (path as NSString).lastPathComponent)
        }
    }
}
