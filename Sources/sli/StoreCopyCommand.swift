import ArgumentParser
import Foundation
import PostgresStore
import SLIKit
import SQLiteStore

extension SLI.StoreCommand {
    /// `sli store copy --from STORE --to STORE`: copies every cycle into an empty store and checks the copy.
    struct Copy: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Copy every cycle of a store into a new, empty one, and check the copy.",
            discussion: """
                Each of --from and --to is a store file's path or a PostgreSQL URL \
                (postgres://USER@HOST:PORT/DB). Every cycle is copied with every version of every return \
                (original files, answers, warnings), its indicator figures, Market Place, recommendation \
                updates and action plans, keeping ids, dates and order, and so are the portal's accounts \
                (people sign in with the same passwords) and its audit log; invitations and sessions are \
                not. The copy is then checked (rows in every table, SHA-256 of every original file, the \
                accounts and the log) before the command says it is done. A store file given to --to must \
                not exist yet.
                """
        )

        @Option(help: "The store to copy: a store file's path or a postgres:// URL.")
        var from: String
        @Option(help: "The new store: a path where no file is yet, or the postgres:// URL of an empty database.")
        var to: String

        func validate() throws {
            if from.isEmpty || to.isEmpty { throw ValidationError("--from and --to each need a store (one was empty)") }
            if from == to { throw ValidationError("--from and --to name the same store \"\(from)\"") }
            if !PostgresLocation.isURL(to) && FileManager.default.fileExists(atPath: to) {
                throw ValidationError("--to \"\(to)\" already exists; give the path of a new store file")
            }
        }

        func run() async throws {
            let source = try await Self.open(from, creating: false)
            let target = try await Self.open(to, creating: true)
            let report = try await StoreCopy(from: source, to: target).run()
            for (table, rows) in report.rowCounts.sorted(by: { $0.key < $1.key }) { print("  \(table): \(rows) rows") }
            print("  portal accounts: \(report.accounts), audit log entries: \(report.auditEntries)")
            print(
                "copied \(report.rowCounts["cycle"] ?? 0) cycles and \(report.filesChecked) original files from"
                    + " \(try Self.name(from)) to \(try Self.name(to)); checked: the same rows in every table and"
                    + " the same SHA-256 for every file")
        }

        /// The store `text` names: a PostgreSQL database for a URL, else a store file.
        static func open(_ text: String, creating: Bool) async throws -> any CycleStore {
            if PostgresLocation.isURL(text) { return try await StoreOptions.openDatabase(text) }
            if !creating && !FileManager.default.fileExists(atPath: text) { throw StoreError.noStore(path: text) }
            return try Store(path: text)
        }

        /// The store as messages name it (a URL without its password).
        static func name(_ text: String) throws -> String {
            PostgresLocation.isURL(text) ? try PostgresLocation(url: text).description : text
        }
    }
}
