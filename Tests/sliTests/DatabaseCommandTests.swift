import Foundation
import PostgresTestSupport
import Testing

/// The commands on a PostgreSQL store (`--database`, `SLI_DATABASE`), run as the built binary against the
/// test database that `SLI_TEST_DATABASE` names, each test in a schema of its own.
@Suite("sli --database", .enabled(if: TestDatabase.url != nil, "\(TestDatabase.skipped)"), .dropsTestSchemas)
struct DatabaseCommandTests {
    let directory: URL
    let files: SubmissionFiles
    let database: String
    var file: String { directory.appendingPathComponent("sli.sqlite").path }

    init() throws {
        directory = FileManager.default.temporaryDirectory.appendingPathComponent("sli-database-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        files = try SubmissionFiles()
        database = try TestDatabase.fresh("sli_cli")
    }

    /// Runs `sli` in the test's folder with the shipped catalog and no store named by the environment.
    func run(_ arguments: [String], environment: [String: String] = [:]) throws -> CommandRunner.Output {
        try CommandRunner.run(
            arguments, in: directory,
            environment: [
                "SLI_HOME": CatalogCommandTests.root.path, "USER": "network-lead", "SLI_STORE": "",
                "SLI_DATABASE": "",
            ].merging(environment) { $1 })
    }

    /// What a cycle's commands print from the store `store` names, after the same returns went in.
    func outputs(_ store: [String]) throws -> [String] {
        let commands = [
            [
                "cycle", "create", "--name", "nw-2016", "--region", "north-west", "--framework",
                "nw-infant-mortality-2016", "--deadline", "2016-03-31",
            ],
            ["ingest", "--cycle", "nw-2016", "--received", "2016-03-01", "returns"],
            ["ingest", "--cycle", "nw-2016", "--received", "2016-03-02", "returns", "again"],
            ["status", "--cycle", "nw-2016", "--format", "csv"],
            ["score", "--cycle", "nw-2016", "--format", "json"],
            ["submissions", "--cycle", "nw-2016", "--locality", "Bolton"],
            ["cycle", "list"],
        ]
        return try commands.map { command in
            let output = try run(command + store)
            return "\(output.status)\n\(output.standardOutput)\(output.standardError)"
        }
    }

    @Test func theCommandsAnswerFromPostgreSQLAsTheyDoFromAStoreFile() throws {
        let returns = directory.appendingPathComponent("returns")
        let again = directory.appendingPathComponent("again")
        for locality in files.region.localities.prefix(3) { _ = try files.write(locality, variant: 0, into: returns) }
        _ = try files.write(files.region.localities[0], variant: 1, into: again)
        let fromFile = try outputs(["--store", file])
        let fromDatabase = try outputs(["--database", database])
        #expect(fromDatabase.dropFirst() == fromFile.dropFirst())
        #expect(fromDatabase[2].contains("again/Bolton-1.xml: accepted (new version 2) for Bolton (E08000001)"))
        let location = String(database.drop { $0 != "@" }.dropFirst())
        #expect(
            fromDatabase[0].hasSuffix(
                "store postgres://\(database.dropFirst("postgres://".count).prefix { $0 != "@" })@\(location)\n"))
    }

    @Test func theDatabaseVariableNamesTheStoreAndStoreStillNamesAFile() throws {
        let created = try run(
            [
                "cycle", "create", "--name", "nw-2016", "--region", "north-west", "--framework",
                "nw-infant-mortality-2016",
            ], environment: ["SLI_DATABASE": database])
        #expect(created.status == 0, "\(created.standardError)")
        #expect(try run(["cycle", "list"], environment: ["SLI_DATABASE": database]).standardOutput.contains("nw-2016"))
        let fromFile = try run(["cycle", "list", "--store", file], environment: ["SLI_DATABASE": database])
        #expect(
            fromFile.standardError
                == "Error: \(file): no store here (create a cycle first with `sli cycle create`, or name the store with --store PATH or SLI_STORE)\n"
        )
    }

    @Test func aDatabaseThatIsNotAURLIsRefused() throws {
        let refused = try run(["cycle", "list", "--database", "sli.sqlite"])
        #expect(refused.status == 64)
        #expect(
            refused.standardError.hasPrefix(
                "Error: --database needs a PostgreSQL URL such as postgres://sli@127.0.0.1:5432/sli (it was"
                    + " \"sli.sqlite\")\n"))
    }
}
