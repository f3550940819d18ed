// Times `MarketMatcher` on a generated Market Place: 200 localities in 5 sub-regions, 7 themes of 3 items,
// 5,000 requests and 1,000 offers (capacity 1 to 5), scores 0 to 4. Built and run by market-match.sh.
import Foundation

struct Generator: RandomNumberGenerator {
    var state: UInt64
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var value = state
        value = (value ^ (value >> 30)) &* 0xBF58_476D_1CE4_E5B9
        value = (value ^ (value >> 27)) &* 0x94D0_49BB_1331_11EB
        return value ^ (value >> 31)
    }
}

let arguments = CommandLine.arguments
let localityCount = arguments.count > 1 ? Int(arguments[1]) ?? 200 : 200
let requestCount = arguments.count > 2 ? Int(arguments[2]) ?? 5000 : 5000
let offerCount = arguments.count > 3 ? Int(arguments[3]) ?? 1000 : 1000

var generator = Generator(state: 2016)
let localities = (0..<localityCount).map { String(format: "E%08d", $0) }
let themes = (1...7).map { "theme-\($0)" }
var subRegions: [String: String] = [:]
var scores: [String: [String: Double]] = [:]
for (index, locality) in localities.enumerated() {
    subRegions[locality] = "sub-region-\(index % 5)"
    for theme in themes {
        scores[locality, default: [:]][theme] = Double(Int.random(in: 0...40, using: &generator)) / 10
    }
}
func entry(_ kind: MarketPlaceEntry.Kind, _ index: Int, using generator: inout Generator) -> MarketPlaceEntry {
    let theme = themes[Int.random(in: 0..<themes.count, using: &generator)]
    let item =
        Int.random(in: 0..<10, using: &generator) < 6
        ? "\(theme)-item-\(Int.random(in: 1...3, using: &generator))" : nil
    return MarketPlaceEntry(
        kind: kind, localityCode: localities[Int.random(in: 0..<localities.count, using: &generator)], themeID: theme,
        itemID: item, title: "\(kind.rawValue) \(index)", capacity: Int.random(in: 1...5, using: &generator))
}
var entries: [MarketPlaceEntry] = []
for index in 0..<requestCount { entries.append(entry(.request, index, using: &generator)) }
for index in 0..<offerCount { entries.append(entry(.offer, index, using: &generator)) }
let matcher = MarketMatcher(subRegions: subRegions, scores: scores)

var timings: [Double] = []
var processorTimings: [Double] = []
var plan = MatchPlan()
for _ in 0..<7 {
    let start = DispatchTime.now().uptimeNanoseconds
    let processorStart = clock()
    plan = matcher.match(entries)
    processorTimings.append(Double(clock() - processorStart) * 1000 / Double(CLOCKS_PER_SEC))
    timings.append(Double(DispatchTime.now().uptimeNanoseconds - start) / 1e6)
}
timings.sort()
processorTimings.sort()
print(
    "\(localityCount) localities, \(requestCount) requests, \(offerCount) offers: "
        + "\(plan.matches.count) matched (\(plan.crossingCount) across sub-regions), \(plan.unmatched.count) unmatched")
print(
    String(
        format: "match time over 7 runs: min %.1f ms, median %.1f ms, max %.1f ms", timings[0], timings[3], timings[6]))
print(
    String(
        format: "processor time per match: min %.1f ms, median %.1f ms", processorTimings[0], processorTimings[3]))
