import Foundation
import PostgresNIO
import PostgresTestSupport
import SLIKit
import Testing

@testable import PostgresStore

/// The store over TLS, as a database run by an IT department asks for it: libpq's `sslmode` and
/// `sslrootcert` in the URL, on a cluster of the test's own whose certificate is made out to localhost.
@Suite(
    "PostgreSQL over TLS", .enabled(if: TestDatabase.url != nil, "\(TestDatabase.skipped)"), .dropsTestSchemas)
struct PostgresTLSTests {
    /// Whether the store's own connection to the server is encrypted, as the server sees it.
    private static func isEncrypted(_ store: PostgresStore) async throws -> Bool {
        try await store.transaction("reading the connection's TLS", .read) { connection in
            let rows = try await connection.query(
                "SELECT ssl FROM pg_stat_ssl WHERE pid = pg_backend_pid()", logger: store.logger
            ).collect()
            return try rows.first?.decode(Bool.self) ?? false
        }
    }

    @Test func eachModeConnectsOrRefusesAsLibpqWould() async throws {
        let cluster = try ThrowawayCluster(tls: true)
        defer { cluster.stop() }
        let certificate = try #require(cluster.certificate)
        let byName = cluster.url.replacingOccurrences(of: "127.0.0.1", with: "localhost")

        for url in [
            cluster.url + "?sslmode=require", cluster.url + "?sslmode=verify-ca&sslrootcert=\(certificate)",
            cluster.url + "?sslmode=require&sslrootcert=\(certificate)",
            byName + "?sslmode=verify-full&sslrootcert=\(certificate)", cluster.url,
        ] {
            let store = try await PostgresStore(location: PostgresLocation(url: url))
            #expect(try await Self.isEncrypted(store), "\(url)")
            _ = try await store.createCycle(
                name: "nw-\(UUID().uuidString.prefix(8))", regionID: "north-west", frameworkID: "f", deadline: nil,
                baselineCycle: nil)
        }
        let plain = try await PostgresStore(location: PostgresLocation(url: cluster.url + "?sslmode=disable"))
        #expect(try await !Self.isEncrypted(plain))

        // An authority that did not sign the server's certificate: `require` with it checks, as in libpq.
        let other = FileManager.default.temporaryDirectory.appendingPathComponent("sli-other-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: other, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: other) }
        let made = try CommandRunner.run(
            [
                "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "1", "-subj", "/CN=other",
                "-keyout", other.appendingPathComponent("key.pem").path, "-out",
                other.appendingPathComponent("ca.pem").path,
            ], executable: URL(fileURLWithPath: "/usr/bin/openssl"))
        #expect(made.status == 0)
        let untrusted = other.appendingPathComponent("ca.pem").path
        let refusals = [
            (
                cluster.url + "?sslmode=require&sslrootcert=\(untrusted)",
                "the server's TLS certificate is not signed by an authority sli trusts (name the authority's"
                    + " certificate with sslrootcert=FILE)"
            ),
            (
                cluster.url + "?sslmode=verify-full&sslrootcert=\(certificate)",
                "the server's TLS certificate is not made out to 127.0.0.1 (name the host as the certificate"
                    + " does, or use sslmode=verify-ca)"
            ),
            (
                byName + "?sslmode=verify-full",
                "the server's TLS certificate is not signed by an authority sli trusts (name the authority's"
                    + " certificate with sslrootcert=FILE)"
            ),
        ]
        for (url, reason) in refusals {
            let location = try PostgresLocation(url: url)
            await #expect(throws: StoreError.insecureConnection(location: location.description, reason: reason)) {
                try await PostgresStore(location: location)
            }
        }
    }

    @Test func aServerWithoutTLSIsRefusedWhenTLSIsAskedForAndUsedPlainWhenOnlyPreferred() async throws {
        let database = try TestDatabase.fresh("sli_tls")
        let location = try PostgresLocation(url: database + "&sslmode=require")
        await #expect(
            throws: StoreError.insecureConnection(
                location: location.description, reason: "the server does not offer TLS, which sslmode=require asks for")
        ) {
            try await PostgresStore(location: location)
        }
        let preferred = try await PostgresStore(location: PostgresLocation(url: database))
        #expect(try await !Self.isEncrypted(preferred))
    }

    @Test func theCommandsSayInOneLineWhyTheyCannotConnectSecurely() throws {
        let database = try TestDatabase.fresh("sli_tls")
        let missing = "/nonexistent/authority.pem"
        let said = try CommandRunner.run(
            ["cycle", "list", "--database", database + "&sslmode=verify-full&sslrootcert=\(missing)"],
            environment: ["SLI_HOME": CatalogCommandTests.root.path])
        #expect(said.status != 0)
        #expect(
            said.standardError.hasPrefix(
                "Error: \(database)&sslmode=verify-full&sslrootcert=\(missing): no secure connection to the"
                    + " database: sslrootcert=\(missing) cannot be read as a file of PEM certificates ("))
        #expect(said.standardError.filter { $0 == "\n" }.count == 1)
        let wrong = try CommandRunner.run(["cycle", "list", "--database", database + "&sslmode=on"])
        #expect(wrong.status != 0)
        #expect(
            wrong.standardError.contains(
                "(expected sslmode to be one of disable, prefer, require, verify-ca, verify-full)"))
    }
}
