import Foundation
import SLIKit
import SpreadsheetKit
import Testing

@Suite("sli ingest")
struct IngestCommandTests {
    let directory: URL
    let files: SubmissionFiles
    var store: String { directory.appendingPathComponent("sli.sqlite").path }
    var returns: URL { directory.appendingPathComponent("returns") }

    init() throws {
        directory = FileManager.default.temporaryDirectory.appendingPathComponent("sli-ingest-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        files = try SubmissionFiles()
        let created = try run([
            "cycle", "create", "--name", "nw-2016", "--region", "north-west", "--framework",
            "nw-infant-mortality-2016", "--deadline", "2016-03-31",
        ])
        guard created.status == 0 else { throw CycleCreationFailed(message: created.standardError) }
    }

    struct CycleCreationFailed: Error {
        var message: String
    }

    /// Runs `sli` in the test's folder with the shipped catalog and the test's store.
    func run(_ arguments: [String]) throws -> CommandRunner.Output {
        try CommandRunner.run(
            arguments, in: directory,
            environment: ["SLI_HOME": CatalogCommandTests.root.path, "SLI_STORE": store, "USER": "network-lead"])
    }

    var bolton: Locality { files.region.localities[0] }

    @Test func acceptsThenFindsUnchangedThenAcceptsANewVersion() throws {
        let first = try files.write(bolton, variant: 0, into: returns)
        let accepted = try run(["ingest", "--cycle", "nw-2016", "returns/Bolton-0.xml"])
        #expect(accepted.status == 0, "\(accepted.standardOutput)\(accepted.standardError)")
        #expect(
            accepted.standardOutput.hasPrefix("returns/Bolton-0.xml: accepted (new version 1) for Bolton (E08000001)\n")
        )
        let copy = returns.appendingPathComponent("Bolton again.xml")
        try FileManager.default.copyItem(at: first, to: copy)
        let unchanged = try run(["ingest", "--cycle", "nw-2016", copy.path])
        #expect(unchanged.status == 0)
        #expect(
            unchanged.standardOutput.hasPrefix(
                "returns/Bolton again.xml: unchanged (same bytes as version 1) for Bolton (E08000001)\n"))
        try files.write(bolton, variant: 1, into: returns)
        let second = try run(["ingest", "--cycle", "1", "returns/Bolton-1.xml", "--by", "Jane Smith"])
        #expect(
            second.standardOutput.hasPrefix("returns/Bolton-1.xml: accepted (new version 2) for Bolton (E08000001)\n"))

        let history = try run(["submissions", "--cycle", "nw-2016", "--locality", "bolton", "--export", "originals"])
        #expect(history.status == 0)
        let lines = history.standardOutput.split(separator: "\n").map(String.init)
        #expect(lines.first == "Bolton (E08000001), cycle nw-2016: 2 versions")
        #expect(lines.contains { $0.hasPrefix("1 ") && $0.contains("network-lead") && $0.contains("Bolton-0.xml") })
        #expect(lines.contains { $0.hasPrefix("2 (current)") && $0.contains("Jane Smith") })
        let exported = directory.appendingPathComponent("originals")
        #expect(try Data(contentsOf: exported.appendingPathComponent("v1-Bolton-0.xml")) == Data(contentsOf: first))
        #expect(
            try Data(contentsOf: exported.appendingPathComponent("v2-Bolton-1.xml"))
                == Data(contentsOf: returns.appendingPathComponent("Bolton-1.xml")))

        let status = try run(["status", "--cycle", "nw-2016", "--format", "csv"])
        let bury = status.standardOutput.split(separator: "\r\n").map(String.init)
        #expect(bury[1].hasPrefix("E08000001,Bolton,greater-manchester,"))
        #expect(bury[1].contains(",2,"))
        #expect(bury[2] == "E08000002,Bury,greater-manchester,not received,,,,")
    }

    /// Every generated return is accepted; `Benchmarks/ingest.sh` keeps them by naming a folder in
    /// `SLI_RETURNS_OUT`.
    @Test func acceptsAFilledReturnFromEveryLocality() throws {
        let folder =
            ProcessInfo.processInfo.environment["SLI_RETURNS_OUT"].map { URL(fileURLWithPath: $0) } ?? returns
        let written = try files.writeAll(variants: 1, into: folder)
        #expect(written.count == 23)
        let output = try run(["ingest", "--cycle", "nw-2016", folder.path])
        #expect(output.status == 0)
        #expect(output.standardOutput.hasSuffix("\n23 accepted, 0 unchanged, 0 rejected (cycle nw-2016)\n"))
        let status = try run(["status", "--cycle", "nw-2016"])
        #expect(status.standardOutput.hasSuffix("23 of 23 localities took part: 0 on time, 23 late, 0 not received\n"))
    }

    @Test func rejectsEveryBadFileAndSaysWhyWithoutStoringIt() throws {
        try files.write(bolton, variant: 0, into: returns)
        try Data("not a spreadsheet\n".utf8).write(to: returns.appendingPathComponent("notes.txt"))
        let other = try SubmissionFiles(frameworkID: "nst-infant-mortality-2011")
        try other.write(bolton, variant: 0, into: directory.appendingPathComponent("other"))
        let output = try run(["ingest", "--cycle", "nw-2016", "returns", "other"])
        #expect(output.status == 1)
        let lines = output.standardOutput.split(separator: "\n").map(String.init)
        #expect(lines.contains("returns/Bolton-0.xml: accepted (new version 1) for Bolton (E08000001)"))
        #expect(lines.contains { $0.hasPrefix("returns/notes.txt: rejected (") })
        #expect(lines.contains { $0.hasPrefix("other/Bolton-0.xml: rejected (") })
        #expect(lines.last == "1 accepted, 0 unchanged, 2 rejected (cycle nw-2016)")
        let status = try run(["status", "--cycle", "nw-2016"])
        #expect(status.standardOutput.hasSuffix("1 of 23 localities took part: 0 on time, 1 late, 22 not received\n"))
    }

    @Test func exportsEveryCurrentAnswer() throws {
        try files.write(bolton, variant: 0, into: returns)
        try files.write(files.region.localities[1], variant: 0, into: returns)
        #expect(try run(["ingest", "--cycle", "nw-2016", "returns"]).status == 0)
        let csv = try run(["export", "--cycle", "nw-2016", "--format", "csv", "--out", "exports"])
        #expect(csv.status == 0)
        let items = files.framework.allItems.filter { $0.role == .assessed }.count
        #expect(
            csv.standardOutput
                == "wrote \(items * 2) answers from 2 localities to exports/nw-2016-answers.csv\n"
                + "wrote 4 contributing agencies to exports/nw-2016-contributors.csv\n")
        let contributors = try String(
            contentsOf: directory.appendingPathComponent("exports/nw-2016-contributors.csv"), encoding: .utf8)
        #expect(
            contributors.hasPrefix(
                "locality_code,locality,agency,who_took_part\r\n"
                    + "E08000001,Bolton,Public health,\"Dr A. Khan, consultant\"\r\n"
                    + "E08000001,Bolton,Maternity services,\r\n"))
        let text = try String(
            contentsOf: directory.appendingPathComponent("exports/nw-2016-answers.csv"), encoding: .utf8)
        let rows = text.split(separator: "\r\n")
        #expect(rows.count == items * 2 + 1)
        #expect(rows[1].hasPrefix("E08000001,Bolton,1,"))
        #expect(rows[1].contains(",evidence 0-0,"))
        let json = try run(["export", "--cycle", "nw-2016", "--format", "json", "--out", "exports"])
        #expect(json.status == 0)
        let data = try Data(contentsOf: directory.appendingPathComponent("exports/nw-2016-answers.json"))
        let document = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        let answers = try #require(document["answers"] as? [[String: Any]])
        #expect(answers.count == items * 2)
        #expect(answers[0]["lead"] is NSNull)
        #expect(answers[0]["source"] as? String == "Child Death Overview Panel!D6")
        #expect(document["audience"] as? String == "network lead: names localities")
    }

    @Test func recordsTheDayFilesArrivedAndWarnsWhenOneLocalitySendsTwo() throws {
        try files.write(bolton, variant: 0, into: returns)
        try files.write(bolton, variant: 1, into: returns, format: .xlsx)
        let output = try run(["ingest", "--cycle", "nw-2016", "--received", "14/03/2016", "returns"])
        #expect(output.status == 0)
        #expect(output.standardError == "", "no progress line when standard error is not a terminal")
        #expect(
            output.standardOutput
                == "returns/Bolton-0.xml: accepted (new version 1) for Bolton (E08000001)\n"
                + "returns/Bolton-1.xlsx: accepted (new version 2) for Bolton (E08000001)\n"
                + "  warning: returns/Bolton-0.xml and returns/Bolton-1.xlsx are both for Bolton (E08000001); the "
                + "later, returns/Bolton-1.xlsx (version 2), is now current; to make returns/Bolton-0.xml current, "
                + "ingest it again on its own: sli ingest --cycle nw-2016 returns/Bolton-0.xml\n"
                + "2 accepted, 0 unchanged, 0 rejected (cycle nw-2016)\n")
        let status = try run(["status", "--cycle", "nw-2016", "--format", "csv"])
        #expect(status.standardOutput.contains("\r\nE08000001,Bolton,greater-manchester,received,2,2016-03-14,"))
        let future = try run(["ingest", "--cycle", "nw-2016", "--received", "2999-01-01", "returns"])
        #expect(future.status != 0)
        #expect(
            future.standardError.hasPrefix(
                "Error: --received \"2999-01-01\" is after today; give the day the files arrived\n"))
    }

    @Test func readsAWorkbookWhoseHiddenSheetWasDeletedWithTheCyclesFramework() throws {
        var draft = try WorkbookFiller(framework: files.framework).fill(
            WorkbookTemplate(framework: files.framework, region: files.region).render(for: bolton),
            with: files.assessment(for: bolton, variant: 0))
        draft[sheet: WorkbookLayout.metadataSheet] = nil
        draft.definedNames = []
        for index in draft.sheets.indices { draft.sheets[index].validations = [] }
        try FileManager.default.createDirectory(at: returns, withIntermediateDirectories: true)
        let url = returns.appendingPathComponent("Bolton.xlsx")
        try SpreadsheetWriter.write(draft, format: .xlsx, to: url)
        let validated = try run(["validate", "returns/Bolton.xlsx"])
        #expect(validated.status == 1)
        #expect(
            validated.standardOutput.hasPrefix(
                "error: Bolton.xlsx: the workbook does not say which framework it is for (its hidden sheet \"sli\" is "
                    + "missing or changed): download the workbook again, or copy the answers into a fresh one\n"))
        let ingested = try run(["ingest", "--cycle", "nw-2016", "returns/Bolton.xlsx"])
        #expect(ingested.status == 0)
        #expect(
            ingested.standardOutput
                == "returns/Bolton.xlsx: accepted (new version 1) for Bolton (E08000001)\n"
                + "  warning: Bolton.xlsx: the hidden sheet \"sli\" is missing, so the workbook's framework and version "
                + "were not checked; it was read as framework \"nw-infant-mortality-2016\" version 2016 and locality "
                + "\"Bolton\" from sheet \"Instructions\" cell B4\n"
                + "1 accepted, 0 unchanged, 0 rejected (cycle nw-2016)\n")
    }

    @Test func refusesFilesForAPublishedCycle() throws {
        try files.write(bolton, variant: 0, into: returns)
        #expect(try run(["cycle", "publish", "nw-2016", "--yes"]).status == 0)
        let output = try run(["ingest", "--cycle", "nw-2016", "returns"])
        #expect(output.status == 1)
        #expect(
            output.standardOutput.contains(
                "  error: Bolton-0.xml: cycle \"nw-2016\" is published: its submissions are frozen and no file can be added\n"
            ))
    }
}
