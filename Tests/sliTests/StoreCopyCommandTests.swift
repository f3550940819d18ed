import Foundation
import PostgresTestSupport
import Testing

/// `sli store copy` between a store file and PostgreSQL, run as the built binary on the demo's store.
@Suite("sli store copy", .enabled(if: TestDatabase.url != nil, "\(TestDatabase.skipped)"), .dropsTestSchemas)
struct StoreCopyCommandTests {
    let directory: URL

    init() throws {
        directory = FileManager.default.temporaryDirectory.appendingPathComponent("sli-copy-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
    }

    /// Runs `sli` in the test's folder with the shipped catalog and no store named by the environment.
    func run(_ arguments: [String]) throws -> CommandRunner.Output {
        try CommandRunner.run(
            arguments, in: directory,
            environment: ["SLI_HOME": CatalogCommandTests.root.path, "SLI_STORE": "", "SLI_DATABASE": ""])
    }

    /// What the store `store` names gives for the demo's cycles: the answers export, the scores and the
    /// report's tables, each file's name with its text.
    func answers(_ store: [String], into folder: String) throws -> [String] {
        var texts: [String] = []
        for cycle in ["1", "2"] {
            let out = directory.appendingPathComponent(folder).appendingPathComponent(cycle)
            for command in [
                ["export", "--cycle", cycle, "--format", "csv", "--out", out.path],
                ["report", "--cycle", cycle, "--format", "md", "--out", out.appendingPathComponent("report").path],
            ] {
                let output = try run(command + store)
                #expect(output.status == 0, "\(output.standardError)")
            }
            texts.append(try run(["score", "--cycle", cycle, "--format", "json"] + store).standardOutput)
            let files =
                FileManager.default.enumerator(at: out, includingPropertiesForKeys: nil)?
                .compactMap { $0 as? URL }.filter { !$0.hasDirectoryPath }
                .map { String($0.path.dropFirst(out.path.count)) }.sorted() ?? []
            for file in files {
                texts.append(file + "\n" + (try String(contentsOf: out.appendingPathComponent(file), encoding: .utf8)))
            }
        }
        return texts
    }

    @Test func aRoundTripThroughPostgreSQLGivesTheSameExportScoresAndReport() throws {
        let demo = try run(["demo", "--out", "demo"])
        #expect(demo.status == 0, "\(demo.standardError)")
        let original = directory.appendingPathComponent("demo/sli.sqlite").path
        let database = try TestDatabase.fresh("sli_copy")
        let there = try run(["store", "copy", "--from", original, "--to", database])
        #expect(there.status == 0, "\(there.standardError)")
        #expect(there.standardOutput.contains("  submissionFile: 44 rows\n"))
        #expect(
            there.standardOutput.hasSuffix(
                "copied 2 cycles and 44 original files from \(original) to \(database);"
                    + " checked: the same rows in every table and the same SHA-256 for every file\n"))
        let back = directory.appendingPathComponent("back.sqlite").path
        let returned = try run(["store", "copy", "--from", database, "--to", back])
        #expect(returned.status == 0, "\(returned.standardError)")
        let fromOriginal = try answers(["--store", original], into: "original")
        #expect(fromOriginal.count > 10)
        #expect(try answers(["--database", database], into: "database") == fromOriginal)
        #expect(try answers(["--store", back], into: "back") == fromOriginal)
    }

    @Test func refusesToCopyIntoAStoreThatHoldsData() throws {
        let database = try TestDatabase.fresh("sli_copy")
        let created = try run([
            "cycle", "create", "--name", "nw-2016", "--region", "north-west", "--framework",
            "nw-infant-mortality-2016", "--database", database,
        ])
        #expect(created.status == 0, "\(created.standardError)")
        let file = directory.appendingPathComponent("sli.sqlite").path
        _ = try run([
            "cycle", "create", "--name", "nw-2017", "--region", "north-west", "--framework",
            "nw-infant-mortality-2016", "--store", file,
        ])
        let refused = try run(["store", "copy", "--from", file, "--to", database])
        #expect(refused.status == 1)
        #expect(
            refused.standardError
                == "Error: the store to copy into is not empty (it holds rows in cycle); nothing was copied: copy into"
                + " a new, empty store\n")
        let existing = try run(["store", "copy", "--from", database, "--to", file])
        #expect(existing.status == 64)
        #expect(
            existing.standardError.hasPrefix(
                "Error: --to \"\(file)\" already exists; give the path of a new store file\n"))
    }
}
