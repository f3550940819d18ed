import Foundation
import Testing

@Suite("sli cycle")
struct CycleCommandTests {
    /// A fresh folder holding the store of one test.
    let directory: URL
    var store: String { directory.appendingPathComponent("sli.sqlite").path }

    init() throws {
        directory = FileManager.default.temporaryDirectory.appendingPathComponent("sli-cycle-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
    }

    /// Runs `sli` with the shipped catalog and this test's store.
    func run(_ arguments: [String], environment: [String: String] = [:]) throws -> CommandRunner.Output {
        try CommandRunner.run(
            arguments, in: directory,
            environment: ["SLI_HOME": CatalogCommandTests.root.path, "SLI_STORE": store].merging(environment) { $1 })
    }

    @Test func createsListsAndShowsCycles() throws {
        let created = try run([
            "cycle", "create", "--name", "nw-2016", "--region", "north-west", "--framework",
            "nw-infant-mortality-2016", "--deadline", "2016-03-31",
        ])
        #expect(created.status == 0)
        #expect(created.standardOutput.hasPrefix("created cycle nw-2016 (id 1): 23 localities of North West England"))
        let followUp = try run([
            "cycle", "create", "--name", "nw-2017", "--region", "north-west", "--framework",
            "nw-infant-mortality-2016", "--baseline", "1",
        ])
        #expect(followUp.status == 0)
        let list = try run(["cycle", "list"])
        #expect(
            list.standardOutput == """
                ID  NAME     REGION      FRAMEWORK                 DEADLINE    STATE  RETURNS
                1   nw-2016  north-west  nw-infant-mortality-2016  2016-03-31  open   0
                2   nw-2017  north-west  nw-infant-mortality-2016  none        open   0

                """)
        let show = try run(["cycle", "show", "nw-2017"])
        #expect(show.standardOutput.contains("baseline: nw-2016\n"))
        #expect(show.standardOutput.contains("returns: 0 localities, 0 versions in all\n"))
    }

    @Test func refusesADuplicateNameAnUnknownRegionAndABadDeadline() throws {
        let arguments = ["cycle", "create", "--name", "nw-2016", "--region", "north-west", "--framework"]
        #expect(try run(arguments + ["nw-infant-mortality-2016"]).status == 0)
        let duplicate = try run(arguments + ["nw-infant-mortality-2016"])
        #expect(duplicate.status == 1)
        #expect(duplicate.standardError == "Error: a cycle named \"nw-2016\" already exists\n")
        let badDate = try run(arguments + ["nw-infant-mortality-2016", "--deadline", "31/13/2016"])
        #expect(badDate.status != 0)
        #expect(
            badDate.standardError.contains(
                "--deadline \"31/13/2016\" is not a date (expected YYYY-MM-DD or day/month/year, for example "
                    + "2016-03-31 or 31/03/2016)"))
        let dayFirst = try run([
            "cycle", "create", "--name", "nw-2017", "--region", "north-west", "--framework", "nw-infant-mortality-2016",
            "--deadline", "31/03/2017",
        ])
        #expect(dayFirst.status == 0)
        #expect(try run(["cycle", "show", "nw-2017"]).standardOutput.contains("deadline: 2017-03-31\n"))
        let misspelt = try run(["cycle", "show", "nw-2061"])
        #expect(
            misspelt.standardError
                == "Error: no cycle is named \"nw-2061\"; did you mean nw-2016 or nw-2017? (see `sli cycle list`)\n")
        let unknown = try run(["cycle", "show", "leeds-2020"])
        #expect(unknown.standardError == "Error: no cycle is named \"leeds-2020\" (see `sli cycle list`)\n")
    }

    @Test func saysWhenThereIsNoStore() throws {
        let output = try run(["cycle", "list"])
        #expect(output.status == 1)
        #expect(
            output.standardError
                == "Error: \(store): no store here (create a cycle first with `sli cycle create`, or name the store"
                + " with --store PATH or SLI_STORE)\n")
        #expect(!FileManager.default.fileExists(atPath: store))
    }

    @Test func theStoreOptionWinsOverTheEnvironment() throws {
        let other = directory.appendingPathComponent("other.sqlite").path
        let created = try run([
            "cycle", "create", "--name", "nw-2016", "--region", "north-west", "--framework",
            "nw-infant-mortality-2016", "--store", other,
        ])
        #expect(created.status == 0)
        #expect(FileManager.default.fileExists(atPath: other))
        #expect(!FileManager.default.fileExists(atPath: store))
    }

    @Test func statusListsEveryLocalityAsNotReceived() throws {
        _ = try run([
            "cycle", "create", "--name", "nw-2016", "--region", "north-west", "--framework",
            "nw-infant-mortality-2016",
        ])
        let text = try run(["status", "--cycle", "nw-2016"])
        #expect(text.status == 0)
        #expect(text.standardOutput.hasSuffix("0 of 23 localities took part: 0 on time, 0 late, 23 not received\n"))
        let json = try run(["status", "--cycle", "nw-2016", "--format", "json"])
        let document = try #require(
            try JSONSerialization.jsonObject(with: Data(json.standardOutput.utf8)) as? [String: Any])
        #expect(document["participating"] as? Int == 0)
        #expect(document["localities"] as? Int == 23)
        let rows = try #require(document["rows"] as? [[String: Any]])
        #expect(rows.first?["name"] as? String == "Bolton")
        #expect(rows.first?["version"] is NSNull)
        let csv = try run(["status", "--cycle", "nw-2016", "--format", "csv"])
        let lines = csv.standardOutput.split(separator: "\r\n")
        #expect(lines.count == 24)
        #expect(lines[1] == "E08000001,Bolton,greater-manchester,not received,,,,")
        #expect(try run(["status", "--cycle", "nw-2016", "--format", "table"]).standardOutput == text.standardOutput)
        #expect(try run(["status", "--cycle", "nw-2016", "--format", "text"]).standardOutput == text.standardOutput)
        let unknown = try run(["status", "--cycle", "nw-2016", "--format", "xml"])
        #expect(unknown.status != 0)
        #expect(unknown.standardError.hasPrefix("Error: The value 'xml' is invalid for '--format <format>'"))
    }

    @Test func aPublishedCycleSaysSo() throws {
        _ = try run([
            "cycle", "create", "--name", "nw-2016", "--region", "north-west", "--framework",
            "nw-infant-mortality-2016",
        ])
        let asked = try run(["cycle", "publish", "nw-2016"])
        #expect(asked.status == 1)
        #expect(
            asked.standardError
                == "Error: publishing cycle nw-2016 cannot be undone: the submissions of the 0 localities that took "
                + "part become visible to each of them, the report is then for them as well as the network lead, and "
                + "no further file is accepted; to publish, run again with --yes\n")
        #expect(try run(["cycle", "show", "1"]).standardOutput.contains("state: open\n"))
        let published = try run(["cycle", "publish", "nw-2016", "--yes"])
        #expect(published.standardOutput == "cycle nw-2016 is published: its submissions are frozen\n")
        #expect(try run(["cycle", "show", "1"]).standardOutput.contains("state: published\n"))
    }
}
