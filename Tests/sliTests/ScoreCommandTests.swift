import Foundation
import SLIKit
import SQLiteStore
import SpreadsheetKit
import Testing

@Suite("sli score")
struct ScoreCommandTests {
    /// A fresh folder holding the store of one test.
    let directory: URL
    var store: String { directory.appendingPathComponent("sli.sqlite").path }

    init() throws {
        directory = FileManager.default.temporaryDirectory.appendingPathComponent("sli-score-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
    }

    /// Runs `sli` with the shipped catalog and this test's store.
    func run(_ arguments: [String]) throws -> CommandRunner.Output {
        try CommandRunner.run(
            arguments, in: directory, environment: ["SLI_HOME": CatalogCommandTests.root.path, "SLI_STORE": store])
    }

    /// Records a submission from `code` rating the CDOP items L1 and L2.
    static func submit(_ code: String, _ l1: Rating?, _ l2: Rating?, to cycle: Cycle, in store: Store) async throws {
        let assessment = SelfAssessment(
            frameworkID: "nw-infant-mortality-2016", frameworkVersion: "1", localityCode: code,
            answers: [
                Answer(itemID: "L1", themeID: "cdop", rating: l1, evidence: "annual report", source: "CDOP!D7"),
                Answer(itemID: "L2", themeID: "cdop", rating: l2, source: "CDOP!D8"),
            ])
        _ = try await store.record(
            IncomingSubmission(
                cycleID: cycle.id, fileName: "\(code).xml", format: .spreadsheetML, bytes: Data(code.utf8),
                receivedAt: ISODateText.date(year: 2016, month: 3, day: 1), submittedBy: "network lead",
                assessment: assessment, warnings: []))
    }

    @Test func scoresThemesWithRanksAndTheRegionalSpread() async throws {
        let created = try run([
            "cycle", "create", "--name", "nw-2016", "--region", "north-west", "--framework",
            "nw-infant-mortality-2016",
        ])
        #expect(created.status == 0)
        let database = try Store(path: store)
        let cycle = try await database.cycle("nw-2016")
        try await Self.submit("E08000001", .level(4), .level(2), to: cycle, in: database)
        try await Self.submit("E08000002", .level(3), .notApplicable, to: cycle, in: database)
        try await Self.submit("E08000003", .level(1), nil, to: cycle, in: database)

        let table = try run(["score", "--cycle", "nw-2016", "--locality", "bury"])
        #expect(table.status == 0)
        let lines = table.standardOutput.split(separator: "\n").map {
            $0.split(separator: "  ").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
        }
        #expect(
            lines.first == [
                "LOCALITY", "CODE", "THEME", "SCORE", "RATED", "NOT_APPLICABLE", "GAPS", "RANK", "QUARTILE",
                "REGION_MEDIAN", "REGION_Q1", "REGION_Q3", "REGION_MIN", "REGION_MAX",
            ])
        // Bury: 3 of 4 on L1, L2 not applicable, the other 20 items blank: 75%; Bolton 75% too, Manchester 25%.
        #expect(
            lines.dropFirst().first == [
                "Bury", "E08000002", "overall", "75.0%", "1", "1", "20", "1= of 3", "top", "75.0%", "50.0%",
                "75.0%", "25.0%", "75.0%",
            ])

        let json = try run(["score", "--cycle", "nw-2016", "--format", "json"])
        #expect(json.status == 0)
        let document = try #require(
            try JSONSerialization.jsonObject(with: Data(json.standardOutput.utf8)) as? [String: Any])
        let localities = try #require(document["localities"] as? [[String: Any]])
        #expect(localities.map { $0["localityCode"] as? String } == ["E08000001", "E08000002", "E08000003"])
        let manchester = try #require(localities.last)
        let overall = try #require(manchester["overall"] as? [String: Any])
        #expect(overall["percentage"] as? Double == 25)
        #expect(overall["unanswered"] as? Int == 21)

        let items = try run(["score", "--cycle", "nw-2016", "--by", "item", "--format", "csv"])
        #expect(items.standardOutput.hasPrefix("theme,item,rated,not_applicable,gaps,region_median"))
        #expect(items.standardOutput.contains("\ncdop,L1,3,0,0,3,2,3.5,1,4,2.67\r\n"))
    }

    @Test func saysSoWhenThereIsNothingToScore() async throws {
        let created = try run([
            "cycle", "create", "--name", "nw-2016", "--region", "north-west", "--framework",
            "nw-infant-mortality-2016",
        ])
        #expect(created.status == 0)
        let empty = try run(["score", "--cycle", "nw-2016"])
        #expect(empty.status == 0)
        #expect(
            empty.standardOutput
                == "cycle nw-2016 has no accepted submission yet: nothing to score (see `sli status --cycle nw-2016`)\n"
        )
        let database = try Store(path: store)
        try await Self.submit("E08000001", .level(4), .level(2), to: try database.cycle("nw-2016"), in: database)
        let wigan = try run(["score", "--cycle", "nw-2016", "--locality", "Wigan"])
        #expect(wigan.status == 0)
        #expect(
            wigan.standardOutput
                == "Wigan (E08000010) has no accepted submission in cycle nw-2016 (see `sli status --cycle nw-2016`)\n")
    }
}
