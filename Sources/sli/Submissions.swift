import ArgumentParser
import Foundation
import SLIKit
import SQLiteStore
import SpreadsheetKit

extension SLI {
    /// `sli submissions --cycle CYCLE --locality NAME`: every version a locality returned.
    struct Submissions: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "List every version a locality returned for a cycle, and get the original files back."
        )

        @Option(help: "The cycle's name or id.", completion: .cycleNames)
        var cycle: String
        @Option(help: "The locality's name or ONS code.", completion: .localityNames)
        var locality: String
        @Option(help: "A folder to write each version's original file into, byte for byte.")
        var export: String?
        @OptionGroup var storeOptions: StoreOptions

        func run() async throws {
            let (store, cycle) = try await storeOptions.open(cycle: cycle)
            let locality = try Catalog.default.region(id: cycle.regionID).resolveLocality(self.locality)
            let history = try await store.history(cycleID: cycle.id, localityCode: locality.code)
            guard !history.isEmpty else {
                print("\(locality.name) (\(locality.code)) has returned nothing for cycle \(cycle.name)")
                return
            }
            let versions = Ingest.plural(history.count, "version")
            print("\(locality.name) (\(locality.code)), cycle \(cycle.name): \(versions)")
            var rows = [["VERSION", "RECEIVED", "BY", "FORMAT", "BYTES", "COMPLETE", "WARNINGS", "FILE", "SHA-256"]]
            for submission in history {
                let current = submission.version == history.last?.version
                rows.append([
                    "\(submission.version)\(current ? " (current)" : "")", ISODateText.format(submission.receivedAt),
                    submission.submittedBy, submission.format.fileExtension, String(submission.size),
                    Status.percent(submission.completeness), String(submission.warningCount), submission.fileName,
                    submission.sha256,
                ])
            }
            print(TextTable.render(rows), terminator: "")
            if let export { try await write(history, from: store, to: URL(fileURLWithPath: export)) }
        }

        /// Writes each version's original bytes as `v<N>-<file name>` into `folder`.
        func write(_ history: [Submission], from store: any CycleStore, to folder: URL) async throws {
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            for submission in history {
                let name = "v\(submission.version)-" + submission.fileName.replacingOccurrences(of: "/", with: "_")
                let url = folder.appendingPathComponent(name)
                try await store.originalBytes(of: submission).write(to: url, options: .atomic)
                print("wrote \(url.relativePath)")
            }
        }
    }
}
