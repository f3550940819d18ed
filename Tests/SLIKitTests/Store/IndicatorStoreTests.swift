import Foundation
import Testing

@testable import SLIKit
@testable import SQLiteStore

@Suite("Indicator figures in the store")
struct IndicatorStoreTests {
    static func figures(_ area: String, _ numerator: Double) -> IndicatorValue {
        IndicatorValue(
            areaCode: area, indicatorID: "infant-mortality", period: "2014/15", numerator: numerator,
            denominator: 3_600)
    }

    @Test func keepsFiguresAndReplacesThoseImportedAgain() async throws {
        let store = try Store(path: StoreFixture().path)
        let cycle = try await store.createCycle(name: "nw-2016", regionID: "north-west", frameworkID: "f")
        let other = try await store.createCycle(name: "other", regionID: "north-west", frameworkID: "f")
        await #expect(
            try store.importIndicatorValues(
                [Self.figures("E08000002", 9), Self.figures("E08000001", 15)], cycleID: cycle.id,
                sourceFile: "a.csv") == 2)
        try await store.importIndicatorValues([Self.figures("E08000001", 16)], cycleID: cycle.id, sourceFile: "b.csv")
        await #expect(
            try store.indicatorValues(cycleID: cycle.id) == [
                Self.figures("E08000001", 16), Self.figures("E08000002", 9),
            ])
        await #expect(try store.indicatorValues(cycleID: other.id).isEmpty)
    }

    @Test func refusesFiguresForAPublishedCycle() async throws {
        let store = try Store(path: StoreFixture().path)
        let cycle = try await store.createCycle(name: "nw-2016", regionID: "north-west", frameworkID: "f")
        _ = try await store.publish(cycleID: cycle.id)
        await #expect(throws: BenchmarkingError.cyclePublished("nw-2016")) {
            try await store.importIndicatorValues(
                [Self.figures("E08000001", 1)], cycleID: cycle.id, sourceFile: "a.csv")
        }
        #expect(
            BenchmarkingError.cyclePublished("nw-2016").description
                == #"cycle "nw-2016" is published; its indicator figures are frozen"#)
    }
}
