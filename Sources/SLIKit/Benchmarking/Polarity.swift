/// Which direction of an indicator is better, if any.
public enum Polarity: String, Sendable, Hashable, Codable, CaseIterable {
    /// A higher value is better (e.g. breastfeeding initiation).
    case higherIsBetter = "higher-is-better"
    /// A lower value is better (e.g. infant mortality).
    case lowerIsBetter = "lower-is-better"
    /// Neither direction is better; comparisons say only higher or lower.
    case noJudgement = "no-judgement"
}
