/// How a confidence interval was calculated.
public enum IntervalMethod: String, Sendable, Hashable, Codable, CustomStringConvertible {
    /// Byar's approximation to the Poisson interval, used for counts of 10 or more.
    case byar
    /// The exact Poisson interval from chi-squared quantiles, used for counts below 10.
    case exactPoisson = "exact-poisson"
    /// The Wilson score interval for a proportion.
    case wilson

    /// The method's name as a report prints it.
    public var description: String {
        switch self {
        case .byar: "Byar's method"
        case .exactPoisson: "exact Poisson"
        case .wilson: "Wilson score"
        }
    }
}
