import Testing

@testable import SLIKit

@Suite("MarketSummary")
struct MarketSummaryTests {
    typealias Build = MarketInstances

    @Test func countsByThemeAndLocalityAndFindsShortfalls() {
        let summary = MarketSummary(entries: [
            Build.request("E01", "a"), Build.request("E01", "a"), Build.request("E02", "a"), Build.request("E02", "b"),
            Build.request("E03", "b"), Build.offer("E03", "b", capacity: 2), Build.offer("E04", "c"),
            Build.request("E02", "c"),
        ])
        #expect(summary.requestCount == 6)
        #expect(summary.offerCount == 2)
        #expect(
            summary.byTheme == [
                .init(key: "a", requests: 3), .init(key: "b", requests: 2, offers: 1, capacity: 2),
                .init(key: "c", requests: 1, offers: 1, capacity: 3),
            ])
        #expect(summary.shortfalls.map(\.key) == ["a", "b"])
        #expect(summary.byLocality.map(\.key) == ["E01", "E02", "E03", "E04"])
        #expect(summary.onlyAsking == ["E01", "E02"])
        #expect(summary.onlyOffering == ["E04"])
    }
}
