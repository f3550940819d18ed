import Foundation
import Testing

@testable import SLIKit
@testable import SQLiteStore
@testable import SpreadsheetKit

@Suite("Ingesting from bytes")
struct IngestFromBytesTests {
    /// An ingester of SampleCycle's framework and region into a fresh store.
    private static func ingester() async throws -> (Ingester, Store, Cycle, StoreFixture) {
        let fixture = try StoreFixture()
        let store = try Store(path: fixture.path)
        let cycle = try await store.createCycle(
            name: "nw-2016", regionID: SampleCycle.region.id, frameworkID: SampleCycle.framework.id)
        var ingester = Ingester(
            repository: store, cycle: cycle, framework: SampleCycle.framework, region: SampleCycle.region,
            submittedBy: "network lead")
        ingester.now = { Date(timeIntervalSince1970: 1_458_000_000) }
        return (ingester, store, cycle, fixture)
    }

    /// Bolton's filled workbook as `format`, with item L2's rating (Co-sleeping D7) replaced by `rating`.
    private static func workbook(_ format: SpreadsheetFormat, rating: String? = nil) throws -> Data {
        var draft = try SampleCycle.filledDraft()
        if let rating {
            let sheet = try #require(draft.sheets.firstIndex { $0.name == "Co-sleeping" })
            let reference = try #require(CellReference("D7"))
            draft.sheets[sheet].cells[reference, default: DraftCell()].value = .string(rating)
        }
        return try SpreadsheetWriter.data(for: draft, format: format)
    }

    @Test(arguments: SpreadsheetWriter.writableFormats)
    func bytesAndAPathGiveTheSameResult(format: SpreadsheetFormat) async throws {
        for rating in [nil, "7"] {
            let data = try Self.workbook(format, rating: rating)
            let (fromBytes, bytesStore, bytesCycle, _) = try await Self.ingester()
            let (fromPath, pathStore, pathCycle, fixture) = try await Self.ingester()
            let url = fixture.directory.appendingPathComponent("Bolton.\(format.fileExtension)")
            try data.write(to: url)

            let byBytes = await fromBytes.ingest(data, fileName: url.lastPathComponent, path: url.path)
            let byPath = await fromPath.ingest(url)
            #expect(byBytes == byPath)
            #expect(byBytes.isRejected == (rating != nil))
            let storedFromBytes = try await bytesStore.currentAssessments(cycleID: bytesCycle.id)
            #expect(try await storedFromBytes == pathStore.currentAssessments(cycleID: pathCycle.id))
            #expect(storedFromBytes.count == (rating == nil ? 1 : 0))
        }
    }
}
