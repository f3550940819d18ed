import Testing

@testable import ExampleCycleKit
@testable import SLIKit

@Suite("Apportionment")
struct ApportionmentTests {
    @Test func sharesExactlyTheTotal() {
        let shares = Apportionment.share(328, by: [3600, 2300, 7900, 3200, 13000])
        #expect(shares.reduce(0, +) == 328)
        #expect(shares == [39, 25, 87, 35, 142])
    }

    @Test func givesTiesToTheEarlierWeight() {
        #expect(Apportionment.share(1, by: [1, 1]) == [1, 0])
        #expect(Apportionment.share(5, by: [1, 1, 1]) == [2, 2, 1])
    }

    @Test func givesNothingWhenThereIsNoWeight() {
        #expect(Apportionment.share(4, by: [0, 0]) == [0, 0])
    }
}

@Suite("Seeded generator")
struct SeededGeneratorTests {
    @Test func repeatsForTheSameSeedAndStream() {
        var first = SeededGenerator.stream(seed: 2016, "market E08000001")
        var second = SeededGenerator.stream(seed: 2016, "market E08000001")
        var other = SeededGenerator.stream(seed: 2016, "market E08000002")
        let drawn = (0..<5).map { _ in first.next() }
        #expect(drawn == (0..<5).map { _ in second.next() })
        #expect(drawn != (0..<5).map { _ in other.next() })
    }
}
