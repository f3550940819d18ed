import Foundation
import Testing

@Suite("sli indicators")
struct IndicatorsCommandTests {
    /// A fresh folder holding the store and files of one test.
    let directory: URL
    var store: String { directory.appendingPathComponent("sli.sqlite").path }

    init() throws {
        directory = FileManager.default.temporaryDirectory.appendingPathComponent("sli-ind-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
    }

    /// Runs `sli` with the shipped catalog and this test's store.
    func run(_ arguments: [String]) throws -> CommandRunner.Output {
        try CommandRunner.run(
            arguments, in: directory, environment: ["SLI_HOME": CatalogCommandTests.root.path, "SLI_STORE": store])
    }

    /// Writes `text` to a file in the test's folder and returns its path.
    func file(_ name: String, _ text: String) throws -> String {
        let url = directory.appendingPathComponent(name)
        try Data(text.utf8).write(to: url)
        return url.path
    }

    /// Creates the cycle `nw-2016` for the North West.
    func createCycle() throws {
        let created = try run([
            "cycle", "create", "--name", "nw-2016", "--region", "north-west", "--framework",
            "nw-infant-mortality-2016",
        ])
        #expect(created.status == 0)
    }

    @Test func importsFiguresAndShowsVerdicts() throws {
        try createCycle()
        for command in ["show", "neighbours"] {
            let empty = try run(["indicators", command, "--cycle", "nw-2016"])
            #expect(empty.status == 0)
            #expect(
                empty.standardOutput
                    == "cycle nw-2016 has no indicator figures yet: import them with"
                    + " `sli indicators import --cycle nw-2016 FILE`\n")
        }
        let good = try file(
            "figures.csv",
            """
            locality,indicator,period,numerator,denominator
            Bolton,infant-mortality,2014/15,40,3600
            Bury,infant-mortality,2014/15,5,2300
            E92000001,infant-mortality,2014/15,2600,664000
            Bolton,smoking-at-delivery,2014/15,89,328

            """)
        let imported = try run(["indicators", "import", "--cycle", "nw-2016", good])
        #expect(imported.status == 0)
        #expect(
            imported.standardOutput
                == "imported 4 figures (3 areas, 2 indicators) from figures.csv into cycle nw-2016\n")

        let shown = try run([
            "indicators", "show", "--cycle", "nw-2016", "--indicator", "infant-mortality", "--locality", "bolton",
            "--format", "json",
        ])
        #expect(shown.status == 0)
        let rows = try #require(
            try JSONSerialization.jsonObject(with: Data(shown.standardOutput.utf8)) as? [[String: Any]])
        #expect(rows.map { $0["area"] as? String } == ["E08000001", "E92000001"])
        let bolton = try #require(rows.first)
        #expect(bolton["method"] as? String == "byar")
        #expect(abs((bolton["lower95"] as? Double ?? 0) - 7.936_4) < 0.001)
        let england = try #require(bolton["versusEngland"] as? [String: Any])
        #expect(england["outcome"] as? String == "worse")
        #expect(england["level"] as? String == "99.8%")
        #expect(england["method"] as? String == "byar")
        let region = try #require(bolton["versusRegion"] as? [String: Any])
        #expect(region["benchmark"] as? String == "North West England")
        #expect(bolton["rankInRegion"] as? String == "2")

        let neighbours = try run([
            "indicators", "neighbours", "--cycle", "nw-2016", "--indicator", "infant-mortality", "--count", "1",
            "--format", "csv",
        ])
        #expect(
            neighbours.standardOutput == """
                locality,code,position,neighbour,neighbour_code,distance\r
                Bolton,E08000001,1,Bury,E08000002,1.414\r
                Bury,E08000002,1,Bolton,E08000001,1.414\r

                """)

        let table = try run(["indicators", "show", "--cycle", "nw-2016", "--indicator", "smoking-at-delivery"])
        #expect(table.standardOutput.contains("27.13  %     22.61    32.19    20.27     35.29     wilson"))
    }

    @Test func importsNothingWhenARowIsBad() throws {
        try createCycle()
        let bad = try file(
            "bad.csv",
            """
            locality,indicator,period,numerator,denominator
            Bolton,infant-mortality,2014/15,40,3600
            Boltn,infant-mortality,2014/15,40,3600
            Bury,smoking-at-delivery,2014/15,400,300

            """)
        let imported = try run(["indicators", "import", "--cycle", "nw-2016", bad])
        #expect(imported.status != 0)
        #expect(
            imported.standardError == """
                error: bad.csv: line 3: no locality "Boltn" in North West England; did you mean Bolton?
                error: bad.csv: line 4: numerator 400 is greater than denominator 300; a proportion cannot exceed its denominator
                nothing imported from bad.csv: 2 problems

                """)
        let shown = try run(["indicators", "show", "--cycle", "nw-2016", "--format", "csv"])
        #expect(shown.standardOutput.split(separator: "\n").count == 1)
    }

    /// Five years of smoking at delivery for Bolton, falling from 21% to 15% (the reference row "trend
    /// proportion 300 2000 …" in reverse): a significant decrease, getting better as less is better.
    @Test func showsTheRecentTrendOverTheLastFivePeriods() throws {
        try createCycle()
        let counts = [("2010/11", 420), ("2011/12", 390), ("2012/13", 360), ("2013/14", 330), ("2014/15", 300)]
        let figures = try file(
            "trend.csv",
            "locality,indicator,period,numerator,denominator\n"
                + counts.map { "Bolton,smoking-at-delivery,\($0.0),\($0.1),2000\n" }.joined())
        #expect(try run(["indicators", "import", "--cycle", "nw-2016", figures]).status == 0)
        let shown = try run([
            "indicators", "show", "--cycle", "nw-2016", "--locality", "Bolton", "--format", "json",
        ])
        let rows = try #require(
            try JSONSerialization.jsonObject(with: Data(shown.standardOutput.utf8)) as? [[String: Any]])
        let latest = try #require(rows.first { $0["period"] as? String == "2014/15" })
        let trend = try #require(latest["recentTrend"] as? [String: Any])
        #expect(trend["direction"] as? String == "decreasing")
        #expect(trend["judgement"] as? String == "better")
        #expect(trend["level"] as? String == "99.8%")
        #expect(trend["method"] as? String == "chi-squared test for trend")
        #expect(trend["periods"] as? [String] == counts.map(\.0))
        #expect(abs((trend["chiSquared"] as? Double ?? 0) - 30.487_804_878_048_78) < 1e-9)
        #expect(rows.first { $0["period"] as? String == "2013/14" }?["recentTrend"] == nil)
        let table = try run(["indicators", "show", "--cycle", "nw-2016", "--format", "csv"])
        #expect(
            table.standardOutput.contains(
                "1 of 1,\"decreasing and getting better (chi-squared test for trend, 99.8%)\"\r\n"))
    }
}
