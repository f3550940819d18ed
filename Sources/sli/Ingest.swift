import ArgumentParser
import Foundation
import SLIKit

extension SLI {
    /// `sli ingest --cycle CYCLE FILE|DIR...`: validates returned workbooks and stores each valid one.
    struct Ingest: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Validate returned workbooks and store each valid one as a new version.",
            discussion: """
                Each file is stored in its own transaction: accepted (new version N), unchanged (same bytes \
                as the locality's current version) or rejected with every problem (nothing stored). The exit \
                status is non-zero when any file was rejected.
                """
        )

        @Option(help: "The cycle's name or id.")
        var cycle: String
        @Argument(help: "Returned workbooks, or folders of them.")
        var paths: [String]
        @Option(help: "Who is submitting the files (default: $USER).")
        var by: String?
        @OptionGroup var storeOptions: StoreOptions

        func run() throws {
            let (store, cycle, region, framework) = try storeOptions.openWithCatalog(cycle: cycle)
            let ingester = Ingester(
                repository: store, cycle: cycle, framework: framework, region: region, submittedBy: submitter)
            var counts = (accepted: 0, unchanged: 0, rejected: 0)
            for url in Ingester.files(in: paths.map { URL(fileURLWithPath: $0) }) {
                let result = ingester.ingest(url, path: Self.displayPath(of: url))
                switch result.outcome {
                case .accepted(let submission):
                    counts.accepted += 1
                    print(
                        "\(result.path): accepted (new version \(submission.version)) for"
                            + " \(region.localityLabel(submission.localityCode))")
                case .unchanged(let submission):
                    counts.unchanged += 1
                    print(
                        "\(result.path): unchanged (same bytes as version \(submission.version)) for"
                            + " \(region.localityLabel(submission.localityCode))")
                case .rejected(let problems):
                    counts.rejected += 1
                    let errors = problems.count { $0.severity == .error }
                    print("\(result.path): rejected (\(Self.plural(errors, "error")))")
                    for problem in problems { print("  \(problem.severity.rawValue): \(problem)") }
                }
                for warning in result.warnings { print("  warning: \(warning)") }
            }
            try store.checkpoint()
            guard FileManager.default.fileExists(atPath: store.path) else {
                throw CommandError(
                    "\(store.path): the store was removed while the files were ingested, so none of them is kept;"
                        + " ingest them again")
            }
            print(
                "\(counts.accepted) accepted, \(counts.unchanged) unchanged, \(counts.rejected) rejected"
                    + " (cycle \(cycle.name))")
            if counts.rejected > 0 { throw ExitCode.failure }
        }

        /// `--by`, else the user's login name.
        var submitter: String {
            if let by, !by.isEmpty { return by }
            return ProcessInfo.processInfo.environment["USER"].flatMap { $0.isEmpty ? nil : $0 } ?? "unknown"
        }

        /// The file's path relative to the current folder when it lies inside it, else its full path.
        static func displayPath(of url: URL) -> String {
            let folder = FileManager.default.currentDirectoryPath + "/"
            let path = url.standardizedFileURL.path
            return path.hasPrefix(folder) ? String(path.dropFirst(folder.count)) : path
        }

        /// `1 error`, `2 errors`.
        static func plural(_ count: Int, _ noun: String) -> String {
            "\(count) \(noun)\(count == 1 ? "" : "s")"
        }
    }
}
