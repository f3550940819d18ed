import Foundation
import Testing

@Suite("sli demo and sli report")
struct DemoCommandTests {
    @Test func demoRunsTheExampleCycleEndToEndAndReportWritesMarkdown() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("sli-demo-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        let demo = try CommandRunner.run(["demo", "--out", folder.path])
        #expect(demo.status == 0, "\(demo.standardError)")
        let output = demo.standardOutput
        #expect(output.contains("ingesting Bury.xlsx with a rating typed as \"7\""))
        #expect(output.contains("returns/2016/Bury.xlsx: rejected (1 error)"))
        #expect(
            output.contains(
                "error: Bury.xlsx: sheet \"Child Death Overview Panel\" cell D6: rating \"7\" is not on the scale"
                    + " 0-4 (or N/A)"))
        #expect(output.contains("corrected the rating in Bury.xlsx"))
        #expect(output.contains("22 of 23 localities took part"))
        #expect(output.contains("Market Place: 168 requests and 32 offers"))
        #expect(output.contains("328 infant deaths reviewed, 27% with a modifiable factor"))
        let index = folder.appendingPathComponent("report/north-west-infant-mortality-2016/index.html")
        #expect(FileManager.default.fileExists(atPath: index.path))
        #expect(output.contains(index.path))
        let followUp = folder.appendingPathComponent("report/north-west-infant-mortality-2017-follow-up/overview.html")
        #expect(try String(contentsOf: followUp, encoding: .utf8).contains("North West infant mortality 2016"))

        let store = folder.appendingPathComponent("sli.sqlite").path
        let binary = CommandRunner.binary.resolvingSymlinksInPath().path
        #expect(output.contains("\n  \(binary) status --cycle \"North West infant mortality 2016\" --store \(store)\n"))
        let status = try CommandRunner.run(["status", "--cycle", "North West infant mortality 2016", "--store", store])
        #expect(status.status == 0)
        let followUpOverview = try String(contentsOf: followUp, encoding: .utf8)
        #expect(followUpOverview.contains("Local recommendations implemented"))
        #expect(!followUpOverview.contains("Regional recommendations completed: 0 of"))
        let sources = try String(
            contentsOf: folder.appendingPathComponent("report/north-west-infant-mortality-2016/overview.html"),
            encoding: .utf8)
        #expect(sources.contains("received from 2016-03-14 to 2016-04-04, listed at the end of the page"))
        let markdown = folder.appendingPathComponent("board-paper")
        let report = try CommandRunner.run([
            "report", "--cycle", "North West infant mortality 2016", "--out", markdown.path, "--format", "md",
            "--store", store,
        ])
        #expect(report.status == 0, "\(report.standardError)")
        #expect(report.standardOutput.contains("(synthetic data)"))
        let overview = try String(contentsOf: markdown.appendingPathComponent("overview.md"), encoding: .utf8)
        #expect(overview.contains("168 requests for information and 32 offers of support"))
    }

    @Test func demoLeavesAStoreItDidNotCreateAlone() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("sli-demo-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let store = folder.appendingPathComponent("sli.sqlite")
        try Data("a network lead's own store".utf8).write(to: store)
        let demo = try CommandRunner.run(["demo", "--out", folder.path])
        #expect(demo.status != 0)
        #expect(
            demo.standardError.contains(
                "\(store.path) is a store sli demo did not create; it is left as it is (give the demo another --out folder)"
            ))
        #expect(try Data(contentsOf: store) == Data("a network lead's own store".utf8))
    }

    @Test func reportWithoutAStoreSaysWhereItLooked() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("sli-report-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let store = folder.appendingPathComponent("sli.sqlite").path
        let report = try CommandRunner.run(["report", "--cycle", "2030", "--out", folder.path, "--store", store])
        #expect(report.status != 0)
        #expect(
            report.standardError.contains(
                "\(store): no store here (create a cycle first with `sli cycle create`, or name the store with"
                    + " --store PATH or SLI_STORE)"))
    }
}
