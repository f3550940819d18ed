import Foundation
import Testing

@testable import SLIKit
@testable import SQLiteStore
@testable import SpreadsheetKit

@Suite("CycleStatus")
struct CycleStatusTests {
    @Test func givesOneRowPerLocalityWithLateAndMissingOnes() async throws {
        let store = try Store(path: StoreFixture().path)
        let cycle = try await store.createCycle(
            name: "nw-2016", regionID: "north-west", frameworkID: "nw-infant-mortality-2016",
            deadline: ISODateText.date(year: 2016, month: 3, day: 31))
        let region = Region(
            id: "north-west", name: "North West", subRegions: [],
            localities: [
                Locality(code: "E08000001", name: "Bolton", subRegion: "gm"),
                Locality(code: "E08000002", name: "Bury", subRegion: "gm"),
                Locality(code: "E06000006", name: "Halton", subRegion: "cm"),
            ])
        let onTime = ISODateText.date(year: 2016, month: 3, day: 31).addingTimeInterval(86_399)
        let afterDeadline = ISODateText.date(year: 2016, month: 4, day: 1)
        _ = try await store.record(StoreFixture.incoming(cycle: cycle, bytes: "bolton 1", receivedAt: onTime))
        _ = try await store.record(StoreFixture.incoming(cycle: cycle, bytes: "bolton 2", receivedAt: afterDeadline))
        _ = try await store.record(
            StoreFixture.incoming(
                cycle: cycle, bytes: "bury", assessment: StoreFixture.assessment(localityCode: "E08000002"),
                receivedAt: afterDeadline))
        let status = try await CycleStatus(cycle: cycle, region: region, repository: store)
        #expect(status.rows.map(\.state) == [.received, .late, .notReceived])
        #expect(status.rows.map { $0.current?.version } == [2, 1, nil])
        #expect(status.rows[0].firstReceivedAt == onTime)
        #expect(status.participatingSummary == "2 of 3")
        #expect(status.late == 1)
        #expect(status.missing == 1)
    }

    @Test func exportsEveryCurrentAnswer() async throws {
        let store = try Store(path: StoreFixture().path)
        let cycle = try await store.createCycle(name: "nw-2016", regionID: "north-west", frameworkID: "f")
        _ = try await store.record(StoreFixture.incoming(cycle: cycle, bytes: "bolton"))
        let rows = try await AnswerExportRow.rows(
            cycle: cycle, framework: IngesterTests.framework, region: IngesterTests.region, repository: store)
        #expect(rows.map(\.itemID) == ["L1", "L2", "L3"])
        #expect(
            rows.map { $0.csvLine(notApplicable: "N/A") } == [
                "E08000001,Bolton,1,co-sleeping,Co-sleeping,L1,3,audit 2015,Director of Public Health,2016-09-30,"
                    + "safe sleep training,,Co-sleeping!D7\r\n",
                "E08000001,Bolton,1,co-sleeping,Co-sleeping,L2,,,,,,,Co-sleeping!D8\r\n",
                "E08000001,Bolton,1,smoking,smoking,L3,N/A,,,,,data sharing,Smoking!D7\r\n",
            ])
    }

    @Test func quotesCSVFieldsOnlyWhenNeeded() {
        #expect(
            DelimitedText.line(["a", "b,c", "say \"hi\"", "two\nlines"])
                == "a,\"b,c\",\"say \"\"hi\"\"\",\"two\nlines\"\r\n")
    }
}
