import Foundation

/// A PostgreSQL cluster of a test's own (Scripts/postgres-cluster.sh), for a test that restarts the
/// server, which would disturb the other tests on the shared test database.
///
/// The script runs in bash with every descriptor but standard input, output and error closed first, and
/// those three on `/dev/null` or files: the server it starts lives on, and must not hold open a pipe that
/// some test is reading to its end.
struct ThrowawayCluster {
    /// The cluster's database, `postgres://sli@127.0.0.1:PORT/sli_test`.
    let url: String
    /// With TLS, the server's self-signed certificate (made out to localhost only), the authority to trust.
    let certificate: String?
    private let environment: [String: String]

    /// Initialises and starts the cluster; with `tls`, the server offers TLS too.
    init(tls: Bool = false) throws {
        let said = try Self.script(
            "start_postgres_cluster >/dev/null; echo \"$SLI_TEST_DATABASE\"; echo \"$POSTGRES_CLUSTER_DIR\";"
                + " echo \"$POSTGRES_PG_CTL\"; echo \"${POSTGRES_CLUSTER_CERTIFICATE:-}\"",
            environment: tls ? ["POSTGRES_CLUSTER_TLS": "1"] : [:])
        let lines = said.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        guard lines.count >= 4 else { throw ScriptFailure(said: said) }
        url = lines[0]
        certificate = lines[3].isEmpty ? nil : lines[3]
        environment = ["POSTGRES_CLUSTER_DIR": lines[1], "POSTGRES_PG_CTL": lines[2]]
    }

    /// Stops the server and removes its folder.
    func stop() { _ = try? Self.script("stop_postgres_cluster", environment: environment) }

    /// Restarts the server (fast shutdown: every connection is dropped) and waits until it answers.
    func restart() throws {
        _ = try Self.script("restart_postgres_cluster", environment: environment)
    }

    /// Runs `command` in bash after sourcing the cluster script; returns what it printed.
    private static func script(_ command: String, environment: [String: String]) throws -> String {
        let script = CatalogCommandTests.root.appendingPathComponent("Scripts/postgres-cluster.sh").path
        let closeInherited =
            "for fd in /proc/$$/fd/*; do fd=${fd##*/}; [ \"$fd\" -le 2 ] || eval \"exec $fd>&-\" 2>/dev/null || true; done"
        let said = try CommandRunner.run(
            ["-c", "\(closeInherited); set -e; source '\(script)' </dev/null; \(command) </dev/null"],
            environment: environment, executable: URL(fileURLWithPath: "/bin/bash"))
        guard said.status == 0 else { throw ScriptFailure(said: said.standardOutput + said.standardError) }
        return said.standardOutput
    }

    /// The cluster script failed.
    struct ScriptFailure: Error, CustomStringConvertible {
        var said: String
        var description: String { "Scripts/postgres-cluster.sh failed:\n\(said)" }
    }
}
