import Foundation
import Testing

@testable import SLIKit

@Suite("Indicator definitions")
struct IndicatorSetTests {
    /// The repository root, found from this file's path.
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent()

    @Test func shipsTheInfantMortalityIndicators() throws {
        let set = try IndicatorSet(catalogDirectory: Self.root)
        #expect(
            set.definitions.map(\.id) == [
                "infant-mortality", "neonatal-mortality", "post-neonatal-mortality", "stillbirths",
                "smoking-at-delivery", "breastfeeding-initiation", "low-birth-weight-term", "under-18-conceptions",
                "cdop-modifiable-factors", "sudden-unexpected-deaths",
            ])
        let infant = try set.require("infant-mortality")
        #expect(infant.kind == .rate)
        #expect(infant.multiplier == 1_000)
        #expect(infant.polarity == .lowerIsBetter)
        #expect(try set.require("breastfeeding-initiation").polarity == .higherIsBetter)
        #expect(try set.require("smoking-at-delivery").kind == .proportion)
    }

    @Test func rejectsDuplicatesAndUnknownIdentifiers() throws {
        let entry = """
              - {id: a, name: A, kind: rate, multiplier: 1000, unit: x, numerator: n, denominator: d, \
            polarity: no-judgement, source: s}
            """
        #expect(throws: BenchmarkingError.duplicateIndicator(file: "x.yaml", id: "a")) {
            try IndicatorSet(yaml: "indicators:\n\(entry)\n\(entry)\n", fileName: "x.yaml")
        }
        let set = try IndicatorSet(yaml: "indicators:\n\(entry)\n", fileName: "x.yaml")
        #expect(throws: BenchmarkingError.self) { try set.require("b") }
        #expect(
            BenchmarkingError.unknownIndicator("b", known: ["a"]).description
                == #"unknown indicator "b"; expected one of: a"#)
    }
}
