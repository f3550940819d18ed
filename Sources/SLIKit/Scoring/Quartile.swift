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
