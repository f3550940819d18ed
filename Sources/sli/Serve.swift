import ArgumentParser
import ExampleCycleKit
import Foundation
import PortalKit
import SLIKit
import SQLiteStore

extension SLI {
    /// `sli serve`: the portal, where localities return their workbooks and see their own results.
    struct Serve: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Serve the portal: locality leads return workbooks, lead bodies report, the lead runs the cycle.",
            discussion: """
                Serves the store (a store file, or a PostgreSQL database that several servers share) on \
                http://HOST:PORT. When the store has no account yet, prints a one-time link \
                that makes the first network-lead account. With --demo, runs the example cycle into a fresh \
                store in a temporary folder and prints example accounts to sign in with. Behind a \
                TLS-terminating proxy, have the proxy send X-Forwarded-Proto: https so that cookies are \
                marked Secure. Stops cleanly on SIGTERM or Ctrl-C.
                """
        )

        @OptionGroup var storeOptions: StoreOptions
        @Option(help: "The address to listen on (127.0.0.1 for this machine only).")
        var host = "127.0.0.1"
        @Option(help: "The port to listen on.")
        var port = 8080
        @Flag(help: "Serve the example cycle, with example accounts, from a fresh store.")
        var demo = false

        /// The example accounts `--demo` makes, all with ``demoPassword``.
        static let demoAccounts: [(email: String, role: AccountRole)] = [
            ("lead@example.org", .networkLead),
            ("bolton@example.org", .localityLead(localityCode: "E08000001")),
            ("wigan@example.org", .localityLead(localityCode: "E08000010")),
            ("phe@example.org", .leadBody(name: "Public Health England North West")),
        ]
        /// The password of every example account.
        static let demoPassword = "example-password"

        func run() async throws {
            let store: any PortalStore
            let storeText: String
            if demo {
                let folder = FileManager.default.temporaryDirectory
                    .appendingPathComponent("sli-serve-demo-\(ProcessInfo.processInfo.processIdentifier)")
                say("running the example cycle into \(folder.path) ...")
                let summary = try await ExampleCycleRunner(catalog: Catalog.default, directory: folder).run()
                store = try Store(path: summary.storePath)
                storeText = summary.storePath
            } else if let url = storeOptions.databaseURL() {
                store = try await StoreOptions.openDatabase(url)
                storeText = try storeOptions.whereText()
            } else {
                store = try storeOptions.openFile(creating: true)
                storeText = storeOptions.path
            }
            let portal = Portal(store: store, catalog: try Catalog.load(directory: Catalog.default.directory))
            let origin = "http://\(host):\(port)"
            if demo {
                say("example accounts (password \(Self.demoPassword)):")
                for account in Self.demoAccounts {
                    _ = try await portal.createAccount(
                        email: account.email, role: account.role, password: Self.demoPassword)
                    say("  \(account.email): \(account.role.label)")
                }
            } else if let path = try await portal.firstAccountPath() {
                say("no account yet: open this link once to make the first network-lead account:")
                say("  \(origin)\(path)")
            }
            say("serving \(storeText) on \(origin) (Ctrl-C to stop)")
            try await portal.application(host: host, port: port).runService()
        }

        /// Writes a line to standard output at once (not buffered until the server stops), so that the link
        /// and the address reach a terminal or a log while the portal runs.
        private func say(_ line: String) {
            FileHandle.standardOutput.write(Data((line + "\n").utf8))
        }
    }
}
