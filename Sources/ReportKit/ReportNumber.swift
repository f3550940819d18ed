import Foundation

/// How the report prints numbers: a fixed number of decimals, no negative zero, `n/a` for no value.
enum ReportNumber {
    /// `value` with `decimals` digits after the point, e.g. `2.50`.
    static func text(_ value: Double, decimals: Int) -> String {
        guard value.isFinite else { return "n/a" }
        let formatted = String(format: "%.\(max(0, decimals))f", value)
        if formatted.hasPrefix("-"), formatted.dropFirst().allSatisfy({ $0 == "0" || $0 == "." }) {
            return String(formatted.dropFirst())
        }
        return formatted
    }

    /// `value` with `decimals` digits, or `n/a` when there is none.
    static func text(_ value: Double?, decimals: Int) -> String {
        guard let value else { return "n/a" }
        return text(value, decimals: decimals)
    }

    /// An axis tick: like ``text(_:decimals:)``, with thousands separated by commas when there are no decimals.
    static func tick(_ value: Double, decimals: Int) -> String {
        let plain = text(value, decimals: decimals)
        guard decimals == 0, abs(value) >= 1000 else { return plain }
        var digits = Array(plain.hasPrefix("-") ? String(plain.dropFirst()) : plain)
        var index = digits.count - 3
        while index > 0 {
            digits.insert(",", at: index)
            index -= 3
        }
        return (plain.hasPrefix("-") ? "-" : "") + String(digits)
    }

    /// `value` with a leading `+` when positive, for changes.
    static func signed(_ value: Double, decimals: Int) -> String {
        let plain = text(value, decimals: decimals)
        return value > 0 && plain != text(0, decimals: decimals) ? "+" + plain : plain
    }

    /// A p-value to three significant figures (`0.0123`, `0.500`), or `<0.001` below 0.001.
    static func pValue(_ value: Double) -> String {
        guard value.isFinite else { return "n/a" }
        guard value >= 0.001 else { return "<0.001" }
        let scientific = String(format: "%.2e", value)
        let exponent = scientific.split(separator: "e").last.flatMap { Int($0) } ?? 0
        return text(Double(scientific) ?? value, decimals: max(0, 2 - exponent))
    }
}
