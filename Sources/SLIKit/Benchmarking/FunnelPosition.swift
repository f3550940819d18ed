/// Where an area lies on a funnel plot, tested at its own denominator.
///
/// PHStatsMethods' `assign_funnel_significance` names these `High (0.001)`, `High (0.025)`, `Not
/// significant`, `Low (0.025)` and `Low (0.001)`.
public enum FunnelPosition: String, Sendable, Hashable, Codable, CaseIterable, CustomStringConvertible {
    /// Above the upper 99.8% limit.
    case above998 = "above the 99.8% limit"
    /// Above the upper 95% limit, within 99.8%.
    case above95 = "above the 95% limit"
    /// Within the 95% limits.
    case within = "within the 95% limits"
    /// Below the lower 95% limit, within 99.8%.
    case below95 = "below the 95% limit"
    /// Below the lower 99.8% limit.
    case below998 = "below the 99.8% limit"

    /// 0 within the 95% limits, 1 outside them but within 99.8%, 2 beyond 99.8%.
    public var band: Int {
        switch self {
        case .within: 0
        case .above95, .below95: 1
        case .above998, .below998: 2
        }
    }

    /// `above the 99.8% limit` and so on.
    public var description: String { rawValue }
}
