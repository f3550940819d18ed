import Foundation
import SLIKit
import SQLiteStore
import Testing

@Suite("sli recommendations, actions and followup")
struct TrackingCommandTests {
    /// A fresh store with a baseline cycle and a follow-up cycle naming it, on the shipped framework.
    struct Fixture {
        let directory: URL
        let store: String

        init() async throws {
            directory = FileManager.default.temporaryDirectory.appendingPathComponent(
                "sli-tracking-\(UUID().uuidString)")
            try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
            store = directory.appendingPathComponent("sli.sqlite").path
            let opened = try Store(path: store)
            _ = try await opened.createCycle(
                name: "nw-2016", regionID: "north-west", frameworkID: "nw-infant-mortality-2016")
            _ = try await opened.createCycle(
                name: "nw-2017", regionID: "north-west", frameworkID: "nw-infant-mortality-2016",
                baselineCycle: "nw-2016")
        }

        func run(_ arguments: [String]) throws -> CommandRunner.Output {
            try CommandRunner.run(
                arguments + ["--store", store], environment: ["SLI_HOME": CatalogCommandTests.root.path])
        }

        func write(_ name: String, _ text: String) throws -> String {
            let url = directory.appendingPathComponent(name)
            try text.write(to: url, atomically: true, encoding: .utf8)
            return url.path
        }
    }

    @Test func refusesAStoreThatDoesNotExist() async throws {
        let fixture = try await Fixture()
        let missing = fixture.directory.appendingPathComponent("missing.sqlite").path
        let output = try CommandRunner.run(
            ["recommendations", "list", "--cycle", "nw-2016", "--store", missing],
            environment: ["SLI_HOME": CatalogCommandTests.root.path])
        #expect(output.status == 1)
        #expect(
            output.standardError
                == "Error: \(missing): no store here (create a cycle first with `sli cycle create`, or name the"
                + " store with --store PATH or SLI_STORE)\n")
        #expect(!FileManager.default.fileExists(atPath: missing))
    }

    @Test func recordsUpdatesAndListsTheirHistoryAsItStands() async throws {
        let fixture = try await Fixture()
        let first = try fixture.run([
            "recommendations", "update", "--cycle", "nw-2016", "--id", "r4", "--status", "in-progress",
            "--note", "annual report drafted", "--date", "2017-01-10", "--due", "2017-03-31",
        ])
        #expect(first.standardError == "")
        #expect(first.standardOutput == "R4: in progress on 2017-01-10 (update 1)\n")
        let refused = try fixture.run([
            "recommendations", "update", "--cycle", "nw-2016", "--id", "R5", "--status", "not-taken-forward",
        ])
        #expect(refused.status != 0)
        #expect(refused.standardError.contains("recommendation R5: status not-taken-forward needs a reason"))
        let list = try fixture.run([
            "recommendations", "list", "--cycle", "nw-2016", "--status", "in progress", "--as-of", "2017-06-01",
        ])
        #expect(list.status == 0)
        let lines = list.standardOutput.split(separator: "\n").map(String.init)
        #expect(lines[1].hasPrefix("R4  Child Death Overview Panels"))
        #expect(lines[1].contains("in-progress  2017-03-31  overdue  2017-01-10 network lead: annual report drafted"))
        #expect(lines.contains { $0.hasPrefix("Child Death Overview Panels") })
        let csv = try fixture.run([
            "recommendations", "list", "--cycle", "nw-2016", "--status", "in progress", "--as-of", "2017-06-01",
            "--format", "csv",
        ])
        #expect(
            csv.standardOutput
                == "id,theme,lead,status,due,overdue,updated,updated_by,note\r\n"
                + "R4,cdop,Child Death Overview Panels,in-progress,2017-03-31,yes,2017-01-10,network lead,"
                + "annual report drafted\r\n")
        let json = try fixture.run([
            "recommendations", "list", "--cycle", "nw-2016", "--as-of", "2017-06-01", "--format", "json",
        ])
        let document = try #require(
            try JSONSerialization.jsonObject(with: Data(json.standardOutput.utf8)) as? [String: Any])
        let recommendations = try #require(document["recommendations"] as? [[String: Any]])
        let r4 = try #require(recommendations.first { $0["id"] as? String == "R4" })
        #expect(r4["status"] as? String == "in-progress")
        #expect((r4["latestUpdate"] as? [String: Any])?["author"] as? String == "network lead")
        #expect((document["byTheme"] as? [Any])?.isEmpty == false)
    }

    @Test func importsAnActionPlanAndShowsItsStatus() async throws {
        let fixture = try await Fixture()
        let badDay = try fixture.run(["actions", "status", "--cycle", "nw-2016", "--as-of", "31/6/2017"])
        #expect(badDay.status != 0)
        #expect(
            badDay.standardError.hasPrefix(
                "Error: --as-of \"31/6/2017\" is not a date (expected YYYY-MM-DD or day/month/year, for example "
                    + "2016-03-31 or 31/03/2016)\n"))
        let none = try fixture.run(["actions", "status", "--cycle", "nw-2016", "--as-of", "2017-06-01"])
        #expect(
            none.standardOutput
                == "action status on 2017-06-01, cycle nw-2016\n\n"
                + "no locality has an action plan yet: import one with `sli actions import`\n")
        let plan = try fixture.write(
            "bolton-plan.csv",
            """
            Bolton infant mortality action plan,,,,
            Issue,Action,Lead,By when,RAG,Recommendation
            Leadership,Name a lead for infant mortality,Director of Public Health,Mar-17,Complete,L3
            Leadership,Brief the lead member,Director of Public Health,Jan-17,Amber,L4

            """)
        let imported = try fixture.run(["actions", "import", "--cycle", "nw-2016", "--locality", "bolton", plan])
        #expect(imported.standardError == "")
        #expect(
            imported.standardOutput
                == "Bolton (E08000001): stored 2 action(s) from sheet \"bolton-plan\", header row 2; "
                + "2 linked to recommendations (0 by matching their wording)\n")
        let status = try fixture.run(["actions", "status", "--cycle", "nw-2016", "--as-of", "2017-06-01"])
        let bolton = status.standardOutput.split(separator: "\n").first { $0.hasPrefix("Bolton") }
        #expect(
            bolton.map { $0.split(separator: " ", omittingEmptySubsequences: true) }?.prefix(4) == [
                "Bolton", "2", "L3", "L4",
            ])
        #expect(status.standardOutput.contains("no action plan: Bury, Manchester"))
        let csv = try fixture.run([
            "actions", "status", "--cycle", "nw-2016", "--as-of", "2017-06-01", "--format", "csv",
        ])
        let csvLines = csv.standardOutput.split(separator: "\n").map(String.init)
        #expect(csvLines.first == "locality_code,locality,theme,item,state,action_rows")
        #expect(csvLines.count == 1 + 22)
        #expect(csvLines.contains { $0.hasPrefix("E08000001,Bolton,") && $0.hasSuffix(",L4,overdue,4") })
        let json = try fixture.run([
            "actions", "status", "--cycle", "nw-2016", "--as-of", "2017-06-01", "--format", "json",
        ])
        let document = try #require(
            try JSONSerialization.jsonObject(with: Data(json.standardOutput.utf8)) as? [String: Any])
        #expect(document["asOf"] as? String == "2017-06-01")
        #expect((document["withoutPlan"] as? [String])?.prefix(2) == ["E08000002", "E08000003"])
        let localities = try #require(document["localities"] as? [[String: Any]])
        #expect(localities.map { $0["code"] as? String } == ["E08000001"])
        let entries = try #require(localities.first?["entries"] as? [[String: Any]])
        #expect(entries.count == 22)
        #expect(entries.contains { $0["item"] as? String == "L4" && $0["state"] as? String == "overdue" })
        let bad = try fixture.write(
            "bad-plan.csv", "Issue,Action,Lead,RAG,Recommendation\nLeadership,Name a lead,DPH,Purple,L99\n")
        let refused = try fixture.run(["actions", "import", "--cycle", "nw-2016", "--locality", "Bury", bad])
        #expect(refused.status != 0)
        #expect(
            refused.standardError
                == "error: bad-plan.csv: sheet \"bad-plan\" cell D2: status \"Purple\" is not recognised: expected not started, "
                + "in progress, completed, not taken forward or a RAG colour\n"
                + "error: bad-plan.csv: sheet \"bad-plan\" cell E2: recommendation \"L99\" is not in framework "
                + "nw-infant-mortality-2016\nnothing imported from bad-plan.csv: 2 problems\n")
        let skipping = try fixture.run([
            "actions", "import", "--cycle", "nw-2016", "--locality", "Bury", "--skip-bad-rows", bad,
        ])
        #expect(skipping.status == 0)
        #expect(refused.standardError.hasPrefix(skipping.standardError))
        #expect(!skipping.standardError.contains("nothing imported"))
        #expect(skipping.standardOutput.hasPrefix("Bury (E08000002): stored 1 action(s)"))
        let continued = try fixture.write(
            "continued-plan.csv", "Issue,Action,Lead,By when\nLeadership,Name a lead,DPH,\n,,CCG,Jun-17\n")
        let read = try fixture.run(["actions", "import", "--cycle", "nw-2016", "--locality", "Bury", continued])
        #expect(read.status == 0)
        #expect(read.standardError == "")
        #expect(read.standardOutput.hasPrefix("Bury (E08000002): stored 1 action(s) from sheet \"continued-plan\""))
        #expect(
            read.standardOutput.hasSuffix(
                "\n1 row(s) without an action read as the continuation of the action above (rows 3): their text "
                    + "added, their dates kept where the action had none\n"))
    }

    @Test func refusesAFollowUpWithoutABaseline() async throws {
        let fixture = try await Fixture()
        let output = try fixture.run(["followup", "--cycle", "nw-2016"])
        #expect(output.status == 1)
        #expect(!output.standardError.contains("Usage:"))
        #expect(
            output.standardError.contains("cycle \"nw-2016\" names no baseline cycle: create it with --baseline CYCLE"))
        let store = try Store(path: fixture.store)
        _ = try await store.createCycle(
            name: "nst-2017", regionID: "north-west", frameworkID: "nst-infant-mortality-2011", baselineCycle: "nw-2016"
        )
        let mismatch = try fixture.run(["followup", "--cycle", "nst-2017"])
        #expect(mismatch.status != 0)
        #expect(
            mismatch.standardError.contains(
                "baseline cycle \"nw-2016\" uses framework nw-infant-mortality-2016 but \"nst-2017\" uses "
                    + "nst-infant-mortality-2011: a follow-up fills the same framework"))
    }

    @Test func comparesTheFollowUpWithItsBaseline() async throws {
        let fixture = try await Fixture()
        let store = try Store(path: fixture.store)
        let framework = try Catalog(directory: CatalogCommandTests.root).framework(id: "nw-infant-mortality-2016")
        let items = framework.themes.flatMap { theme in theme.assessedItems.map { (theme.id, $0.id) } }
        let codes = ["E08000001", "E08000002", "E08000003", "E08000004", "E08000005", "E08000006", "E08000007"]
        for (cycleName, shift) in [("nw-2016", 0), ("nw-2017", 1)] {
            let cycle = try await store.cycle(cycleName)
            let taking = shift == 0 ? Array(codes.dropLast()) : Array(codes.dropFirst())
            for (index, code) in taking.enumerated() {
                let answers = items.enumerated().map { position, item in
                    Answer(
                        itemID: item.1, themeID: item.0, rating: .level(min(4, (position + index) % 4 + shift)),
                        source: "\(item.0)!D\(position + 7)")
                }
                let assessment = SelfAssessment(
                    frameworkID: framework.id, frameworkVersion: framework.version, localityCode: code, answers: answers
                )
                _ = try await store.record(
                    IncomingSubmission(
                        cycleID: cycle.id, fileName: "\(code).xml", format: .spreadsheetML,
                        bytes: Data("\(cycleName)-\(code)".utf8), receivedAt: Date(), submittedBy: "network lead",
                        assessment: assessment, warnings: []))
            }
        }
        let noFigures = try fixture.run(["followup", "--cycle", "nw-2017", "--as-of", "2017-06-01"])
        #expect(
            noFigures.standardOutput.hasSuffix(
                "\nindicator changes: cycles \"nw-2016\" and \"nw-2017\" have no indicator figures; import them with "
                    + "sli indicators import --cycle nw-2016 FILE (or give --baseline-indicators and "
                    + "--followup-indicators)\n"))
        for (cycleName, deaths) in [("nw-2016", 25), ("nw-2017", 20)] {
            let figures = try fixture.write(
                "\(cycleName).csv",
                "locality,indicator,period,numerator,denominator\nBury,infant-mortality,\(cycleName),\(deaths),5000\n")
            let imported = try fixture.run(["indicators", "import", "--cycle", cycleName, figures])
            #expect(imported.status == 0)
        }
        let table = try fixture.run(["followup", "--cycle", "nw-2017", "--as-of", "2017-06-01"])
        #expect(table.standardError == "")
        #expect(table.standardOutput.contains("localities in both cycles: 5\n"))
        #expect(table.standardOutput.contains("not yet published (figures may still change): nw-2016, nw-2017\n"))
        #expect(table.standardOutput.contains("\ninfant-mortality  E08000002  5         4          -1\n"))
        #expect(table.standardOutput.contains("baseline only: Bolton (E08000001)\n"))
        #expect(table.standardOutput.contains("follow-up only: Stockport (E08000007)\n"))
        let detail = try #require(
            table.standardOutput.components(separatedBy: "items that changed, by locality and theme\n").last)
        #expect(detail.hasPrefix("locality"))
        #expect(detail.contains("\nBury (E08000002)  "))
        let csv = try fixture.run(["followup", "--cycle", "nw-2017", "--format", "csv"])
        let lines = csv.standardOutput.split(separator: "\n").map(String.init)
        #expect(lines.first == "section,locality,theme,item,baseline,follow_up,change,n,w,z,p")
        #expect(lines.contains("baseline-only,E08000001,,,,,,,,,"))
        #expect(lines.filter { $0.hasPrefix("item,") }.count == 5 * 22)
        let json = try fixture.run(["followup", "--cycle", "nw-2017", "--format", "json"])
        let object = try #require(
            try JSONSerialization.jsonObject(with: Data(json.standardOutput.utf8)) as? [String: Any])
        #expect(object["followUpOnly"] as? [String] == ["E08000007"])
        #expect((object["themes"] as? [Any])?.count == framework.themes.filter { !$0.assessedItems.isEmpty }.count)
    }

    @Test func exportsTheTrackerAndAppliesWhatLeadBodiesReturn() async throws {
        let fixture = try await Fixture()
        let out = fixture.directory.appendingPathComponent("tracker.xml")
        let export = try fixture.run([
            "recommendations", "export", "--cycle", "nw-2016", "--format", "xml", "--out", out.path,
        ])
        #expect(export.standardError == "")
        #expect(export.standardOutput.hasPrefix("wrote \(out.path): "))
        let text = try String(contentsOf: out, encoding: .utf8)
        let unchanged = try fixture.write("unchanged.xml", text)
        let nothing = try fixture.run(["recommendations", "import", "--cycle", "nw-2016", unchanged])
        #expect(nothing.status == 0)
        #expect(
            nothing.standardOutput
                == "nothing to apply: unchanged.xml gives every recommendation the status and note it already has\n")
        let marker = ">not-started<"
        let first = try #require(text.range(of: marker))
        let bad = try fixture.write("bad.xml", text.replacingCharacters(in: first, with: ">Purple<"))
        let refused = try fixture.run(["recommendations", "import", "--cycle", "nw-2016", bad])
        #expect(refused.status != 0)
        #expect(
            refused.standardError
                == "error: bad.xml: sheet \"North West Child Death Overview\" cell F2: status \"Purple\" is not one of "
                + "not-started, in-progress, completed, not-taken-forward\nnothing imported from bad.xml: 1 problem\n")
        let good = try fixture.write("good.xml", text.replacingCharacters(in: first, with: ">Completed<"))
        let applied = try fixture.run(["recommendations", "import", "--cycle", "nw-2016", "--date", "2017-05-01", good])
        #expect(applied.standardError == "")
        #expect(applied.standardOutput == "applied 1 update(s): R3\n")
        let list = try fixture.run(["recommendations", "list", "--cycle", "nw-2016", "--status", "completed"])
        #expect(
            list.standardOutput.split(separator: "\n")[1].hasPrefix("R3  North West Child Death Overview Panel Group"))
    }
}
