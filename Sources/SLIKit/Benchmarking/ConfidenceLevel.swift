/// The two confidence levels public-health analysts in England report: 95% and 99.8%.
public enum ConfidenceLevel: String, Sendable, Hashable, Codable, CaseIterable, CustomStringConvertible {
    /// 95%, z = 1.96 (about two standard deviations).
    case ninetyFive = "95%"
    /// 99.8%, z = 3.0902 (about three standard deviations).
    case ninetyNinePointEight = "99.8%"

    /// The two-sided normal deviate used by the interval formulas, as Fingertips uses it.
    public var z: Double {
        switch self {
        case .ninetyFive: 1.96
        case .ninetyNinePointEight: 3.0902
        }
    }

    /// The probability left outside the interval, split equally between its two tails.
    public var alpha: Double {
        switch self {
        case .ninetyFive: 0.05
        case .ninetyNinePointEight: 0.002
        }
    }

    /// `95%` or `99.8%`.
    public var description: String { rawValue }
}
