import ArgumentParser
import ExampleCycleKit
import Foundation
import SLIKit

extension SLI {
    /// `sli demo [--out DIR]`: runs the bundled example cycle end to end and writes its report.
    struct Demo: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Run the bundled 2016 North West example cycle end to end, with synthetic data.",
            discussion: """
                Creates a fresh store in DIR, renders and fills the workbooks of the 22 participating \
                localities, saves them as SpreadsheetML 2003, XLSX and flat ODS, ingests them (one file is \
                rejected first and then corrected), imports indicators and two action plans, matches the \
                Market Place, records recommendation progress, runs the twelve-month follow-up and writes the \
                report of both cycles. Every answer and figure is invented; every page says so.
                """
        )

        @Option(help: "The folder to create the store, returned files and report in.")
        var out: String = "sli-demo"

        func run() async throws {
            let started = Date()
            let folder = URL(fileURLWithPath: out)
            let runner = ExampleCycleRunner(catalog: Catalog.default, directory: folder) { line in
                print(line)
            }
            let summary = try await runner.run()
            let seconds = String(format: "%.1f", Date().timeIntervalSince(started))
            print("done in \(seconds) s. The store is \(summary.storePath); try:")
            print("  \(Self.invocation) status --cycle \"\(summary.baseline.name)\" --store \(summary.storePath)")
            print("open the report:")
            for report in summary.reportFolders {
                print("  \(report.appendingPathComponent("index.html").path)")
            }
        }

        /// How to run this same sli from a shell: `sli` when the PATH finds this program under that name,
        /// else its full path (after `swift run sli demo` there is usually no `sli` on the PATH).
        static var invocation: String {
            let program = URL(fileURLWithPath: Bundle.main.executablePath ?? CommandLine.arguments[0])
                .resolvingSymlinksInPath().path
            let path = ProcessInfo.processInfo.environment["PATH"] ?? ""
            for folder in path.split(separator: ":") {
                let candidate = URL(fileURLWithPath: String(folder)).appendingPathComponent("sli")
                if FileManager.default.isExecutableFile(atPath: candidate.path) {
                    return candidate.resolvingSymlinksInPath().path == program ? "sli" : SLI.Ingest.quoted(program)
                }
            }
            return SLI.Ingest.quoted(program)
        }
    }
}
