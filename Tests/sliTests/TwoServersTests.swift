import Foundation
import PortalKit
import PostgresStore
import PostgresTestSupport
import SLIKit
import Testing

/// Two real `sli serve` processes on one PostgreSQL database, as two portal machines behind a load
/// balancer: the 22 locality leads sign in and upload their returns through both at once.
@Suite(
    "sli serve --database, two servers", .enabled(if: TestDatabase.url != nil, "\(TestDatabase.skipped)"),
    .dropsTestSchemas)
struct TwoServersTests {
    static let password = "two-servers-password"

    @Test func twentyTwoLocalitiesUploadingThroughBothServersAtOnceAreStoredOnceEachInOrder() async throws {
        let url = try TestDatabase.fresh("sli_serve")
        let store = try await PostgresStore(location: PostgresLocation(url: url))
        let cycle = try await store.createCycle(
            name: "nw-2016", regionID: "north-west", frameworkID: "nw-infant-mortality-2016", deadline: nil,
            baselineCycle: nil)
        let files = try SubmissionFiles()
        // 22 of the region's 23 localities return; one stays missing.
        let localities = Array(files.region.localities.prefix(22))
        // The accounts as the portal makes them (a low bcrypt cost, so that 22 sign-ins stay quick).
        let portal = Portal(store: store, catalog: files.catalog, passwordCost: 4)
        _ = try await portal.createAccount(email: "lead@example.org", role: .networkLead, password: Self.password)
        for locality in localities {
            _ = try await portal.createAccount(
                email: "\(locality.code)@example.org", role: .localityLead(localityCode: locality.code),
                password: Self.password)
        }
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("sli-two-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        let returns = try (0..<2).map { variant in
            try localities.map { try files.write($0, variant: variant, into: folder) }
        }

        let first = Int.random(in: 20_000...39_000)
        let environment = ["SLI_HOME": CatalogCommandTests.root.path, "SLI_STORE": ""]
        let servers = [
            try await PortalServer(["--database", url], port: first, environment: environment),
            try await PortalServer(["--database", url], port: first + 1, environment: environment),
        ]
        #expect(!servers[0].printed.contains("no account yet"))

        // Each lead signs in on one server; the session is good on both. Version 1 goes through one
        // server and version 2 through the other, all 44 uploads at once.
        var visitors: [PortalVisitor] = []
        for (index, locality) in localities.enumerated() {
            var visitor = PortalVisitor()
            let signedIn = try await visitor.signIn(
                "\(locality.code)@example.org", password: Self.password, port: servers[index % 2].port)
            #expect(signedIn.status == .seeOther)
            visitors.append(visitor)
        }
        let answers = try await withThrowingTaskGroup(of: (String, String).self) { group in
            for (index, locality) in localities.enumerated() {
                for variant in 0..<2 {
                    var visitor = visitors[index]
                    let port = servers[(index + variant) % 2].port
                    let file = returns[variant][index]
                    group.addTask {
                        let answer = try await visitor.upload(
                            file, to: "/cycles/\(cycle.id)/localities/\(locality.code)/returns", port: port)
                        return (locality.code, answer.page)
                    }
                }
            }
            return try await group.reduce(into: [:]) { answers, answer in
                answers[answer.0, default: []].append(answer.1)
            }
        }
        for (index, locality) in localities.enumerated() {
            let said = (answers[locality.code] ?? []).compactMap { page in
                ["accepted as version 1.", "accepted as version 2."].first { page.contains(": \($0)") }
            }
            #expect(said.sorted() == ["accepted as version 1.", "accepted as version 2."], "\(locality.name)")
            let history = try await store.history(cycleID: cycle.id, localityCode: locality.code)
            #expect(history.map(\.version) == [1, 2], "\(locality.name)")
            let digests = try returns.map { IngestReliabilityTests.sha256(try Data(contentsOf: $0[index])) }
            #expect(Set(history.map(\.sha256)) == Set(digests), "\(locality.name)")
        }

        var lead = PortalVisitor()
        _ = try await lead.signIn("lead@example.org", password: Self.password, port: servers[0].port)
        var status: [PortalVisitor.Answer] = []
        for server in servers { status.append(try await lead.get("/cycles/\(cycle.id)", port: server.port)) }
        #expect(status.allSatisfy { $0.status == .ok })
        #expect(status[0].page == status[1].page)
        #expect(status[0].page.contains("22 of 23 localities have returned a workbook (0 late, 1 missing)."))
        #expect(status[0].page.components(separatedBy: "received version 2").count - 1 == 22)
    }
}
