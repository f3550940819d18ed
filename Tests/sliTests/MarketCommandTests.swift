import Foundation
import SLIKit
import SpreadsheetKit
import Testing

@Suite("sli market")
struct MarketCommandTests {
    /// A fresh folder holding the store and files of one test.
    let directory: URL
    var store: String { directory.appendingPathComponent("sli.sqlite").path }

    init() throws {
        directory = FileManager.default.temporaryDirectory.appendingPathComponent("sli-market-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
    }

    /// Runs `sli` with the shipped catalog and this test's store.
    func run(_ arguments: [String]) throws -> CommandRunner.Output {
        try CommandRunner.run(
            arguments, in: directory, environment: ["SLI_HOME": CatalogCommandTests.root.path, "SLI_STORE": store])
    }

    func write(_ name: String, _ text: String) throws {
        try Data(text.utf8).write(to: directory.appendingPathComponent(name))
    }

    func createCycle() throws {
        let created = try run([
            "cycle", "create", "--name", "nw-2016", "--region", "north-west", "--framework", "nw-infant-mortality-2016",
        ])
        #expect(created.status == 0)
    }

    @Test func capsCapacityAndRemovesAnEntryAddedOnTheDay() throws {
        try createCycle()
        let huge = try run([
            "market", "add", "--cycle", "nw-2016", "--kind", "offer", "--locality", "Oldham", "--theme", "cdop",
            "--title", "Everything", "--capacity", "9223372036854775807",
        ])
        #expect(huge.status != 0)
        #expect(huge.standardError.contains("capacity \"9223372036854775807\" is not a whole number from 1 to 100"))
        let added = try run([
            "market", "add", "--cycle", "nw-2016", "--kind", "offer", "--locality", "Oldham", "--theme", "cdop",
            "--title", "CDOP dashboard", "--capacity", "100",
        ])
        #expect(added.status == 0)
        let wrong = try run(["market", "remove", "--cycle", "nw-2016", "--locality", "Oldham", "--title", "Dashboard"])
        #expect(wrong.status == 1)
        #expect(
            wrong.standardError
                == "Error: no offer or request imported or added for Oldham in cycle nw-2016 is titled \"Dashboard\" "
                + "(its titles: \"CDOP dashboard\"); an entry from a workbook changes only with a new version of the "
                + "workbook\n")
        let removed = try run([
            "market", "remove", "--cycle", "nw-2016", "--locality", "oldham", "--title", " cdop DASHBOARD",
        ])
        #expect(removed.status == 0)
        #expect(
            removed.standardOutput
                == "removed offer \"CDOP dashboard\" from Oldham on Child Death Overview Panel from cycle nw-2016\n")
        #expect(try run(["market", "summary", "--cycle", "nw-2016"]).standardOutput.contains("0 offers"))
    }

    @Test func importsAddsAndMatches() throws {
        try createCycle()
        try write(
            "market.csv",
            """
            Kind,Locality,Theme,Item,Title,Description,Capacity
            offer,Bolton,cdop,L1,CDOP data dashboard,we built one,1
            offer,Liverpool,cdop,,CDOP panel process,,1
            request,Bury,cdop,L1,Dashboards,,
            request,Wirral,cdop,,How to run panels,,
            request,Blackpool,capacity-to-improve,,Help,,

            """)
        let imported = try run(["market", "import", "--cycle", "nw-2016", "market.csv"])
        #expect(imported.standardOutput == "imported 2 offers and 3 requests from market.csv into cycle nw-2016\n")
        let added = try run([
            "market", "add", "--cycle", "nw-2016", "--kind", "request", "--locality", "st. helens", "--theme", "cdop",
            "--title", "Panels too",
        ])
        #expect(
            added.standardOutput
                == "added request \"Panels too\" from St Helens on Child Death Overview Panel to cycle nw-2016\n")

        let match = try run(["market", "match", "--cycle", "nw-2016", "--format", "csv"])
        #expect(match.status == 0)
        #expect(
            match.standardOutput == """
                status,theme,item,requesting locality,request,offering locality,offer,crosses sub-region,\
                requesting leads,offering leads,reason\r
                match,cdop,L1,Bury,Dashboards,Bolton,CDOP data dashboard,no,,,\r
                match,cdop,,St Helens,Panels too,Liverpool,CDOP panel process,no,,,\r
                unmatched,capacity-to-improve,,Blackpool,Help,,,,,,no offer on this theme\r
                unmatched,cdop,,Wirral,How to run panels,,,,,,every offer that fits is full\r

                """)

        let summary = try run(["market", "summary", "--cycle", "nw-2016"])
        #expect(summary.standardOutput.hasPrefix("cycle nw-2016: 4 requests, 2 offers\n"))
        #expect(
            summary.standardOutput.hasSuffix(
                "only ask: Blackpool, Bury, St Helens, Wirral\nonly offer: Bolton, Liverpool\n"))

        let export = try run(["market", "export", "--cycle", "nw-2016", "--out", "out"])
        #expect(export.status == 0)
        let contacts = try String(
            contentsOf: directory.appendingPathComponent("out/nw-2016-market-plan-contacts.csv"), encoding: .utf8)
        #expect(contacts.contains("Bury,will contact,Bolton,Child Death Overview Panel,L1,Dashboards"))
        let sheets = try SpreadsheetReader.read(
            contentsOf: directory.appendingPathComponent("out/nw-2016-market-plan.xml"))
        #expect(sheets.workbook.sheets.map(\.name) == ["Plan", "Contacts"])
    }

    @Test func rejectsAFileWithBadRowsAndImportsNothing() throws {
        try createCycle()
        try write("bad.csv", "kind,locality,theme,title,capacity\noffer,Bolton,cdop,Fine,2\ngift,Boltn,cdop,,0\n")
        let imported = try run(["market", "import", "--cycle", "nw-2016", "bad.csv"])
        #expect(imported.status != 0)
        #expect(
            imported.standardError == """
                error: bad.csv: line 3: kind "gift" is not offer or request
                error: bad.csv: line 3: no locality "Boltn" in North West England; did you mean Bolton?
                error: bad.csv: line 3: title is empty
                nothing imported from bad.csv: 3 problems

                """)
        let summary = try run(["market", "summary", "--cycle", "nw-2016"])
        #expect(summary.standardOutput.hasPrefix("cycle nw-2016: 0 requests, 0 offers\n"))
        #expect(summary.standardOutput.contains("\nnothing to summarise yet: "))
        let contacts = try run(["market", "contacts", "--cycle", "nw-2016"])
        #expect(contacts.status == 0)
        #expect(
            contacts.standardOutput
                == "no pairings in cycle nw-2016 yet (`sli market summary` shows its offers and requests)\n")
    }

    @Test func suggestsPairingsFromIngestedWorkbooks() throws {
        try createCycle()
        let files = try SubmissionFiles()
        let returns = directory.appendingPathComponent("returns")
        let bolton = try files.region.resolveLocality("Bolton")
        let liverpool = try files.region.resolveLocality("Liverpool")
        // Variant 0 rates items 1, 7, 13... at the top; variant 2 rates the same items at the bottom.
        let boltonFile = try files.write(bolton, variant: 0, into: returns)
        let liverpoolFile = try files.write(liverpool, variant: 2, into: returns)
        let ingested = try run(["ingest", "--cycle", "nw-2016", boltonFile.path, liverpoolFile.path])
        #expect(ingested.status == 0)

        let suggested = try run(["market", "suggest", "--cycle", "nw-2016", "--format", "csv"])
        #expect(suggested.status == 0)
        let rows = suggested.standardOutput.split(separator: "\r\n").dropFirst().map { $0.split(separator: ",") }
        let items = files.framework.themes.flatMap(\.assessedItems).enumerated().filter { $0.offset % 6 == 1 }
        #expect(rows.count { $0.first == "suggestion" } == items.count)
        #expect(rows.filter { $0.first == "suggestion" }.allSatisfy { $0[3] == "Liverpool" && $0[5] == "Bolton" })

        let table = try run(["market", "suggest", "--cycle", "nw-2016"])
        #expect(
            table.standardOutput.contains(
                "suggested pairings, proposed from the self-assessments: no locality has offered these\n"))
    }
}
