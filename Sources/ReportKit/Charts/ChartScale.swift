import Foundation

/// A linear map from data values to positions on a chart, with evenly spaced round tick values.
struct ChartScale: Sendable {
    /// The data value at the start of the range.
    var domainStart: Double
    /// The data value at the end of the range.
    var domainEnd: Double
    /// The position of `domainStart`.
    var rangeStart: Double
    /// The position of `domainEnd`.
    var rangeEnd: Double
    /// Whether ticks fall on whole numbers only (for counts).
    var wholeNumbers = false

    /// The position of `value`.
    func position(_ value: Double) -> Double {
        let span = domainEnd - domainStart
        guard span != 0 else { return (rangeStart + rangeEnd) / 2 }
        return rangeStart + (value - domainStart) / span * (rangeEnd - rangeStart)
    }

    /// About `count` round values from the domain, e.g. 0, 2, 4, 6 or 0.5, 1.0, 1.5.
    func ticks(_ count: Int = 5) -> [Double] {
        let low = min(domainStart, domainEnd)
        let high = max(domainStart, domainEnd)
        let raw = Self.niceStep((high - low) / Double(max(1, count)))
        let step = wholeNumbers ? max(1, raw.rounded(.up)) : raw
        guard step > 0, step.isFinite else { return [low] }
        var values: [Double] = []
        var value = (low / step).rounded(.up) * step
        while value <= high + step * 1e-9 {
            values.append(abs(value) < step * 1e-9 ? 0 : value)
            value += step
        }
        return values
    }

    /// The number of decimals the ticks need.
    func tickDecimals(_ count: Int = 5) -> Int {
        if wholeNumbers { return 0 }
        let step = Self.niceStep((abs(domainEnd - domainStart)) / Double(max(1, count)))
        guard step > 0, step.isFinite else { return 0 }
        return max(0, Int((-log10(step)).rounded(.up)))
    }

    /// A round upper end for a domain that starts at zero and must hold `value`.
    static func niceMaximum(_ value: Double) -> Double {
        guard value > 0, value.isFinite else { return 1 }
        let step = niceStep(value / 5)
        return (value / step).rounded(.up) * step
    }

    private static func niceStep(_ raw: Double) -> Double {
        guard raw > 0, raw.isFinite else { return 0 }
        let magnitude = pow(10, (log10(raw)).rounded(.down))
        let fraction = raw / magnitude
        let nice: Double = fraction <= 1 ? 1 : fraction <= 2 ? 2 : fraction <= 2.5 ? 2.5 : fraction <= 5 ? 5 : 10
        return nice * magnitude
    }
}
