import Foundation

/// Formats numbers the way people expect to see them in a cell or a CSV file.
public enum NumberText {
    /// `3` for 3.0, `0.5` for 0.5, and the shortest round-tripping form otherwise.
    public static func format(_ number: Double) -> String {
        if number.isNaN { return "NaN" }
        if number.isInfinite { return number > 0 ? "inf" : "-inf" }
        if number == number.rounded(), abs(number) < 1e15 {
            return String(Int64(number))
        }
        return "\(number)"
    }
}
