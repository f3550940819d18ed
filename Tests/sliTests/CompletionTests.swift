import Foundation
import Testing

@Suite("Shell completion")
struct CompletionTests {
    @Test func completesCycleFrameworkRegionAndLocalityNames() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent(
            "sli-complete-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let store = directory.appendingPathComponent("sli.sqlite").path
        let environment = ["SLI_HOME": CatalogCommandTests.root.path]
        func run(_ arguments: [String]) throws -> String {
            try CommandRunner.run(arguments, in: directory, environment: environment).standardOutput
        }
        _ = try run([
            "cycle", "create", "--name", "nw-2016", "--region", "north-west", "--framework",
            "nw-infant-mortality-2016", "--store", store,
        ])
        let script = try run(["--generate-completion-script", "bash"])
        #expect(script.contains("---completion status -- --cycle"))
        #expect(
            try run([
                "---completion", "status", "--", "--cycle", "2", "2", "sli", "status", "--store", store, "--cycle",
                "nw",
            ])
                == "nw-2016\n")
        #expect(
            try run([
                "---completion", "template", "--", "--locality", "4", "2", "sli", "template", "--region", "north-west",
                "--locality", "bo",
            ]) == "Bolton\n")
        #expect(
            try run(["---completion", "template", "--", "--framework", "2", "0", "sli", "template", "--framework", ""])
                == "nst-infant-mortality-2011\nnw-infant-mortality-2016\n")
        #expect(
            try run([
                "---completion", "cycle", "create", "--", "--region", "2", "0", "sli", "cycle", "create", "--region",
                "",
            ])
                == "north-west\n")
    }
}
