import Foundation
import Testing

@testable import SLIKit

/// Expected values recorded by `Scripts/reference-statistics.py` from PHStatsMethods and scipy, in
/// `Fixtures/Benchmarking/reference-statistics.txt`: one record a line, its kind first.
enum Reference {
    /// Relative agreement required: far beyond the 4 significant figures published figures carry.
    static let tolerance = 1e-9

    /// Whether `actual` agrees with `expected` to ``tolerance`` relatively (to 1e-12 when `expected` is 0).
    static func agrees(_ actual: Double, _ expected: Double) -> Bool {
        expected == 0 ? abs(actual) <= 1e-12 : abs(actual - expected) <= tolerance * abs(expected)
    }

    /// The level a reference row names.
    static func level(_ text: String) -> ConfidenceLevel { text == "95" ? .ninetyFive : .ninetyNinePointEight }

    /// Every record of the file, split into fields.
    static let records: [[String]] = {
        guard
            let url = Bundle.module.url(
                forResource: "Fixtures/Benchmarking/reference-statistics", withExtension: "txt"),
            let text = try? String(contentsOf: url, encoding: .utf8)
        else { return [] }
        return text.split(separator: "\n").filter { !$0.hasPrefix("#") }.map {
            $0.split(separator: " ").map(String.init)
        }
    }()

    /// The records of `kind`, without the kind.
    static func rows(_ kind: String) -> [[String]] {
        records.filter { $0.first == kind }.map { Array($0.dropFirst()) }
    }

    /// Field `index` of `row` as a number.
    static func number(_ row: [String], _ index: Int) -> Double { Double(row[index]) ?? .nan }

    /// The areas of a recorded funnel data set: name, numerator, denominator and PHStatsMethods' significance.
    static func funnelAreas(_ dataset: String) -> [(
        name: String, numerator: Double, denominator: Double, significance: String
    )] {
        rows("funnel-area").filter { $0[0] == dataset }.map { ($0[1], number($0, 2), number($0, 3), $0[4]) }
    }

    /// The funnel of a recorded data set, built as the report builds it.
    static func funnel(_ dataset: String) -> Funnel? {
        let areas = funnelAreas(dataset)
        return Funnel(
            numerators: areas.map(\.numerator), denominators: areas.map(\.denominator),
            kind: dataset == "rate" ? .rate : .proportion, multiplier: dataset == "rate" ? 1_000 : 100)
    }

    /// The funnel position that a verdict against the pooled value implies: `above` it (or below, or `nil`
    /// for similar) at the verdict's level.
    static func position(above: Bool?, level: ConfidenceLevel) -> FunnelPosition {
        guard let above else { return .within }
        switch level {
        case .ninetyNinePointEight: return above ? .above998 : .below998
        case .ninetyFive: return above ? .above95 : .below95
        }
    }
}
