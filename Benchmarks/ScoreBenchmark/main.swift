// Times scoring and interval calculation on synthetic data; built only with SLI_BENCHMARKS=1 (see score.sh).
import Foundation
import SLIKit

/// A small deterministic generator, so every run scores the same synthetic cycle.
struct SplitMix64: RandomNumberGenerator {
    var state: UInt64
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}

let arguments = CommandLine.arguments.dropFirst().compactMap { Int($0) }
let localityCount = arguments.first ?? 2_000
let itemCount = arguments.dropFirst().first ?? 100
let themeCount = 10
let repeats = 5

let themes = (0..<themeCount).map { theme in
    Theme(
        id: "t\(theme)", name: "Theme \(theme)",
        items: (0..<(itemCount / themeCount)).map {
            Item(id: "t\(theme)i\($0)", text: "item", weight: Double(1 + $0 % 2))
        })
}
let framework = Framework(id: "synthetic", version: "1", title: "Synthetic", themes: themes)
var random = SplitMix64(state: 2016)
let assessments = (0..<localityCount).map { index in
    SelfAssessment(
        frameworkID: "synthetic", frameworkVersion: "1", localityCode: String(format: "X%08d", index),
        answers: framework.themes.flatMap { theme in
            theme.items.map { item in
                let draw = Int.random(in: 0..<20, using: &random)
                let rating: Rating? = draw == 0 ? nil : draw == 1 ? .notApplicable : .level(draw % 5)
                return Answer(
                    itemID: item.id, themeID: theme.id, rating: rating, evidence: draw % 5 == 4 ? "evidence" : nil,
                    source: "\(theme.name)!D7")
            }
        })
}

let clock = ContinuousClock()
var timings: [Duration] = []
var card: ScoreCard?
for _ in 0..<repeats {
    let elapsed = clock.measure { card = Scorer(framework: framework).score(assessments) }
    timings.append(elapsed)
}
let best = timings.min() ?? .zero
let median = timings.sorted()[repeats / 2]
print(
    "scored \(card?.localities.count ?? 0) localities x \(itemCount) items: best \(best), median \(median)"
        + " over \(repeats) runs")

let intervals = clock.measure {
    var total = 0.0
    for count in 0..<10_000 {
        for level in ConfidenceLevel.allCases {
            total +=
                ConfidenceInterval.rate(
                    count: Double(count % 20), denominator: 3_000, multiplier: 1_000, level: level)?.upper ?? 0
        }
    }
    if total.isNaN { print("unexpected NaN") }
}
print("20,000 rate intervals (half exact Poisson): \(intervals)")
