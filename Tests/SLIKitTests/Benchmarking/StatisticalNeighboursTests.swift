import Testing

@testable import SLIKit

@Suite("Statistical neighbours")
struct StatisticalNeighboursTests {
    @Test func findsTheNearestOnStandardisedIndicators() throws {
        // On raw values "big" would dominate; standardised, both indicators count the same.
        let values: [String: [String: Double]] = [
            "A": ["small": 1, "big": 1_000],
            "B": ["small": 1, "big": 1_300],
            "C": ["small": 3, "big": 1_000],
            "D": ["small": 9, "big": 1_010],
            "E": ["small": 5],
        ]
        let result = StatisticalNeighbours(values: values, indicators: ["small", "big"], count: 2)
        #expect(result.neighbours["E"] == nil)
        // Raw distances from A would pick C then D; standardised, B is nearer than D.
        #expect(result.neighbours["A"]?.map(\.localityCode) == ["C", "B"])
        #expect(result.neighbours["D"]?.count == 2)
    }

    @Test func breaksTiesByCode() {
        let values: [String: [String: Double]] = ["C": ["x": 2], "B": ["x": 3], "A": ["x": 1], "Z": ["x": 9]]
        let result = StatisticalNeighbours(values: values, indicators: ["x"], count: 2)
        #expect(result.neighbours["C"]?.map(\.localityCode) == ["A", "B"])
    }
}
