/// The two confidence levels public-health analysts in England report: 95% and 99.8%.
public enum ConfidenceLevel: String, Sendable, Hashable, Codable, CaseIterable, CustomStringConvertible {
    /// 95%, z = 1.959963984540054 (about two standard deviations).
    case ninetyFive = "95%"
    /// 99.8%, z = 3.090232306167813 (about three standard deviations).
    case ninetyNinePointEight = "99.8%"

    /// The two-sided normal deviate used by the interval formulas: the exact normal quantile of 1 − α/2.
    ///
    /// PHEindicatormethods (`qnorm`) and PHStatsMethods (`ndtri`) take the quantile itself, not the rounded
    /// 1.96 and 3.0902 of older guides, which move Byar and Wilson limits by up to 4e-5 relative.
    public var z: Double {
        switch self {
        case .ninetyFive: 1.959963984540054
        case .ninetyNinePointEight: 3.090232306167813
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
