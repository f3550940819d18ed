import ArgumentParser
import Foundation
import SLIKit
import SQLiteStore

extension SLI {
    /// `sli ingest --cycle CYCLE FILE|DIR...`: validates returned workbooks and stores each valid one.
    struct Ingest: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Validate returned workbooks and store each valid one as a new version.",
            discussion: """
                Each file is stored in its own transaction: accepted (new version N), unchanged (same bytes \
                as the locality's current version) or rejected with every problem (nothing stored). The exit \
                status is non-zero when any file was rejected. Files that arrived earlier (by e-mail before \
                the store existed, say) can be given the day they arrived with --received, so they are not \
                counted late. When two files of one locality come in together, the later one becomes current \
                and a warning says how to make the other current instead.
                """
        )

        @Option(help: "The cycle's name or id.", completion: .cycleNames)
        var cycle: String
        @Argument(help: "Returned workbooks, or folders of them.")
        var paths: [String]
        @Option(help: "Who is submitting the files (default: $USER).")
        var by: String?
        @Option(help: "The day the files arrived, YYYY-MM-DD or DD/MM/YYYY (default: now).")
        var received: String?
        @OptionGroup var storeOptions: StoreOptions

        func validate() throws {
            if let received, try DateOption.parse(received, option: "--received") > Date() {
                throw ValidationError("--received \"\(received)\" is after today; give the day the files arrived")
            }
        }

        func run() async throws {
            let (store, cycle, region, framework) = try await storeOptions.openWithCatalog(cycle: cycle)
            let receivedDay = try received.map { try DateOption.parse($0, option: "--received") }
            let ingester = Ingester(
                repository: store, cycle: cycle, framework: framework, region: region, submittedBy: submitter,
                now: { receivedDay ?? Date() })
            var counts = (accepted: 0, unchanged: 0, rejected: 0)
            var acceptedFiles: [String: String] = [:]
            let files = Ingester.files(in: paths.map { URL(fileURLWithPath: $0) })
            let progress = TerminalProgress(total: files.count)
            for (index, url) in files.enumerated() {
                progress.step(index + 1, url.lastPathComponent)
                FaultReport.reading(Self.displayPath(of: url), storing: true)
                let result = await ingester.ingest(url, path: Self.displayPath(of: url))
                progress.finish()
                switch result.outcome {
                case .accepted(let submission):
                    counts.accepted += 1
                    print(
                        "\(result.path): accepted (new version \(submission.version)) for"
                            + " \(region.localityLabel(submission.localityCode))")
                    if let earlier = acceptedFiles[submission.localityCode] {
                        print(
                            "  warning: \(earlier) and \(result.path) are both for"
                                + " \(region.localityLabel(submission.localityCode)); the later, \(result.path)"
                                + " (version \(submission.version)), is now current; to make \(earlier) current,"
                                + " ingest it again on its own: sli ingest --cycle \(cycle.name) \(Self.quoted(earlier))"
                        )
                    }
                    acceptedFiles[submission.localityCode] = result.path
                case .unchanged(let submission):
                    counts.unchanged += 1
                    print(
                        "\(result.path): unchanged (same bytes as version \(submission.version)) for"
                            + " \(region.localityLabel(submission.localityCode))")
                    acceptedFiles[submission.localityCode] = result.path
                case .rejected(let problems):
                    counts.rejected += 1
                    let errors = problems.count { $0.severity == .error }
                    print("\(result.path): rejected (\(Self.plural(errors, "error")))")
                    for problem in problems { print("  " + ProblemReport.line(problem)) }
                }
                for warning in result.warnings { print("  warning: \(warning)") }
            }
            if let file = store as? Store {
                try file.checkpoint()
                guard FileManager.default.fileExists(atPath: file.path) else {
                    throw CommandError(
                        "\(file.path): the store was removed while the files were ingested, so none of them is kept;"
                            + " ingest them again")
                }
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

        /// `path`, in single quotes when a shell would split or expand it.
        static func quoted(_ path: String) -> String {
            let plain = path.allSatisfy { $0.isLetter || $0.isNumber || "/._-+,:@".contains($0) }
            return plain ? path : "'" + path.replacingOccurrences(of: "'", with: "'\\''") + "'"
        }

        /// `1 error`, `2 errors`.
        static func plural(_ count: Int, _ noun: String) -> String {
            "\(count) \(noun)\(count == 1 ? "" : "s")"
        }
    }
}
