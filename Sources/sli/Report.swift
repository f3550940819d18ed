import ArgumentParser
import Foundation
import ReportKit
import SLIKit

extension SLI {
    /// `sli report --cycle CYCLE --out DIR`: writes the peer-review pack of a cycle.
    struct Report: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Write the cycle's report: a regional overview and one summary per locality, with tables.",
            discussion: """
                The pages are self-contained (inline CSS and SVG, nothing fetched) and print to A4; every \
                table is also written as CSV and JSON under tables/. Markdown (--format md) is for pasting \
                into board papers.
                """
        )

        @Option(help: "The folder to write the report into (created when missing).")
        var out: String
        @Option(help: "html (pages with charts) or md (Markdown tables for board papers).")
        var format: ReportFormat = .html
        @Option(help: "The cycle's name or id.", completion: .cycleNames)
        var cycle: String
        @OptionGroup var storeOptions: StoreOptions

        func run() async throws {
            let (store, cycle) = try await storeOptions.open(cycle: cycle)
            let data = try await ReportData(store: store, cycle: cycle, catalog: Catalog.default)
            let folder = URL(fileURLWithPath: out)
            var progress: TerminalProgress?
            let files = try ReportWriter(format: format).write(data, to: folder) { number, total, path in
                if progress == nil { progress = TerminalProgress(total: total) }
                progress?.step(number, path)
            }
            progress?.finish()
            let pages = files.filter { !$0.path.hasPrefix("tables/") }.count
            print(
                "wrote \(pages) pages and \(files.count - pages) tables for cycle \(cycle.name) to \(out)"
                    + (data.synthetic ? " (synthetic data)" : ""))
            print("open \(folder.appendingPathComponent("index.\(format.fileExtension)").path)")
        }
    }
}

extension ReportFormat: ExpressibleByArgument {}
