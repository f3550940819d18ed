import Foundation
import Testing

@testable import SLIKit
@testable import SQLiteStore

@Suite("Ingester")
struct IngesterTests {
    static let region = Region(
        id: "north-west", name: "North West", subRegions: [.init(id: "gm", name: "Greater Manchester")],
        localities: [
            Locality(code: "E08000001", name: "Bolton", subRegion: "gm"),
            Locality(code: "E08000002", name: "Bury", subRegion: "gm"),
        ])
    static let framework = Framework(
        id: "nw-infant-mortality-2016", version: "1", title: "Infant mortality",
        themes: [Theme(id: "co-sleeping", name: "Co-sleeping", items: [Item(id: "L1", text: "Safe sleep")])])

    /// Decodes files whose text is `LOCALITY` or `LOCALITY FRAMEWORK`, `error` gives an error.
    static let decode: Ingester.Decode = { data, fileName in
        let words = String(decoding: data, as: UTF8.self).split(separator: " ").map(String.init)
        if words.first == "error" {
            return DecodedFile(
                format: .spreadsheetML, assessment: nil,
                problems: [
                    Problem(
                        file: fileName, sheet: "Co-sleeping", cell: "D7",
                        message: "rating \"7\" is not on the scale 0-4 (or N/A)"),
                    Problem(
                        file: fileName, sheet: "Co-sleeping", cell: "D8", severity: .warning,
                        message: "rating left blank"),
                ])
        }
        var assessment = StoreFixture.assessment(localityCode: words.first ?? "")
        if words.count > 1 { assessment.frameworkID = words[1] }
        return DecodedFile(format: .xlsx, assessment: assessment, problems: [])
    }

    let fixture: StoreFixture
    let store: Store
    let cycle: Cycle

    init() async throws {
        fixture = try StoreFixture()
        store = try Store(path: fixture.path)
        cycle = try await store.createCycle(
            name: "nw-2016", regionID: "north-west", frameworkID: "nw-infant-mortality-2016")
    }

    func ingester(cycle: Cycle? = nil) -> Ingester {
        Ingester(
            repository: store, cycle: cycle ?? self.cycle, framework: Self.framework, region: Self.region,
            submittedBy: "network lead", decode: Self.decode)
    }

    func file(_ name: String, _ text: String) throws -> URL {
        let url = fixture.directory.appendingPathComponent("in").appendingPathComponent(name)
        try FileManager.default.createDirectory(
            at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(text.utf8).write(to: url)
        return url
    }

    @Test func acceptsThenFindsTheSameFileUnchanged() async throws {
        let url = try file("Bolton.xlsx", "E08000001")
        let first = await ingester().ingest(url)
        guard case .accepted(let submission) = first.outcome else {
            Issue.record("expected acceptance, got \(first)")
            return
        }
        #expect(submission.version == 1)
        #expect(submission.fileName == "Bolton.xlsx")
        #expect(submission.format == .xlsx)
        #expect(submission.submittedBy == "network lead")
        #expect(await ingester().ingest(url).outcome == .unchanged(submission))
        await #expect(try store.originalBytes(of: submission) == Data("E08000001".utf8))
    }

    @Test func rejectsAFileWithErrorsListingEveryProblem() async throws {
        let result = await ingester().ingest(try file("Bolton.xml", "error"))
        #expect(
            result.outcome
                == .rejected([
                    Problem(
                        file: "Bolton.xml", sheet: "Co-sleeping", cell: "D7",
                        message: "rating \"7\" is not on the scale 0-4 (or N/A)"),
                    Problem(
                        file: "Bolton.xml", sheet: "Co-sleeping", cell: "D8", severity: .warning,
                        message: "rating left blank"),
                ]))
        await #expect(try store.currentSubmissions(cycleID: cycle.id).isEmpty)
    }

    @Test func rejectsALocalityOutsideTheRegion() async throws {
        let result = await ingester().ingest(try file("Leeds.xml", "E08000035"))
        #expect(
            result.outcome
                == .rejected([
                    Problem(
                        file: "Leeds.xml",
                        message: "locality E08000035 is not in region \"north-west\" of cycle \"nw-2016\"")
                ]))
        await #expect(try store.currentSubmissions(cycleID: cycle.id).isEmpty)
    }

    @Test func rejectsAnotherFramework() async throws {
        let result = await ingester().ingest(try file("Bolton.xml", "E08000001 nst-infant-mortality-2011"))
        #expect(
            result.outcome
                == .rejected([
                    Problem(
                        file: "Bolton.xml",
                        message: "the workbook is for framework \"nst-infant-mortality-2011\" but cycle \"nw-2016\""
                            + " uses framework \"nw-infant-mortality-2016\"")
                ]))
    }

    @Test func rejectsFilesForAPublishedCycle() async throws {
        let published = try await store.publish(cycleID: cycle.id)
        let result = await ingester(cycle: published).ingest(try file("Bolton.xml", "E08000001"))
        #expect(
            result.outcome
                == .rejected([
                    Problem(
                        file: "Bolton.xml",
                        message: "cycle \"nw-2016\" is published: its submissions are frozen and no file can be added")
                ]))
    }

    @Test func rejectsAMissingFile() async {
        let url = fixture.directory.appendingPathComponent("Nowhere.xml")
        #expect(
            await ingester().ingest(url).outcome
                == .rejected([Problem(file: "Nowhere.xml", message: "the file cannot be read (no such file)")]))
    }

    @Test func expandsFoldersInNameOrderSkippingHiddenAndLockFiles() throws {
        let bury = try file("Bury.xml", "E08000002")
        let bolton = try file("Bolton.xml", "E08000001")
        _ = try file(".DS_Store", "")
        _ = try file("~$Bolton.xml", "")
        let folder = bolton.deletingLastPathComponent()
        let single = fixture.directory.appendingPathComponent("Single.xml")
        #expect(
            Ingester.files(in: [single, folder]).map(\.lastPathComponent) == ["Single.xml", "Bolton.xml", "Bury.xml"])
        #expect(Ingester.files(in: [bury]) == [bury])
    }
}
