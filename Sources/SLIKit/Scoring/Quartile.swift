/// Which quarter of the regional distribution a locality's score falls in.
public enum Quartile: Int, Sendable, Hashable, Codable, CaseIterable, CustomStringConvertible {
    /// Below the lower quartile.
    case bottom = 1
    /// From the lower quartile up to the median.
    case lowerMiddle = 2
    /// From the median up to the upper quartile.
    case upperMiddle = 3
    /// At or above the upper quartile.
    case top = 4

    /// The quartile that `value` falls in, given the distribution's quartiles and median: the one rule
    /// that the score card, the CLI and every report page place a score by.
    ///
    /// A value on a boundary (within ``Scorer/tolerance``) belongs to the quartile above it, so the upper
    /// quartile itself is in the top quartile and the median in the upper half.
    public static func placing(
        _ value: Double, lowerQuartile: Double, median: Double, upperQuartile: Double
    ) -> Quartile {
        if value >= upperQuartile - Scorer.tolerance { return .top }
        if value >= median - Scorer.tolerance { return .upperMiddle }
        if value >= lowerQuartile - Scorer.tolerance { return .lowerMiddle }
        return .bottom
    }

    /// `top quartile`, `bottom quartile`, ….
    public var description: String {
        switch self {
        case .bottom: "bottom quartile"
        case .lowerMiddle: "lower-middle quartile"
        case .upperMiddle: "upper-middle quartile"
        case .top: "top quartile"
        }
    }
}
