import Foundation
import Testing

@testable import SLIKit
@testable import SQLiteStore
@testable import SpreadsheetKit

@Suite("Ingester reading files")
struct IngesterReadersTests {
    @Test func aReaderErrorBecomesAProblemAtTheSamePlace() {
        let xml = SpreadsheetError.malformed(
            SpreadsheetLocation(file: "Bolton.xml", line: 3, column: 17), "the XML is not well-formed")
        #expect(
            Problem(xml, fileName: "Bolton.xml").description
                == "Bolton.xml: line 3:17: the XML is not well-formed")
        let xlsx = SpreadsheetError.malformed(
            SpreadsheetLocation(file: "Bolton.xlsx", part: "xl/worksheets/sheet1.xml", sheet: "Data", cell: "B3"),
            "a cell has no value")
        #expect(
            Problem(xlsx, fileName: "Bolton.xlsx").description
                == "Bolton.xlsx: sheet \"Data\" cell B3: xl/worksheets/sheet1.xml: a cell has no value")
    }

    @Test func aFileThatIsNoWorkbookIsRejectedAndNothingIsStored() async throws {
        let fixture = try StoreFixture()
        let store = try Store(path: fixture.path)
        let cycle = try await store.createCycle(
            name: "nw-2016", regionID: "north-west", frameworkID: IngesterTests.framework.id)
        let url = fixture.directory.appendingPathComponent("Bolton.xlsx")
        try Data("PK\u{3}\u{4} not really a zip".utf8).write(to: url)
        let ingester = Ingester(
            repository: store, cycle: cycle, framework: IngesterTests.framework, region: IngesterTests.region,
            submittedBy: "network lead")
        let result = await ingester.ingest(url)
        #expect(result.isRejected)
        await #expect(try store.currentSubmissions(cycleID: cycle.id).isEmpty)
    }
}
