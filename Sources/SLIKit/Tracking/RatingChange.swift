/// How a locality's rating of one item changed between the baseline and the follow-up.
///
/// Only ratings on the scale are compared; "not applicable" is never a zero, so an item rated N/A in
/// one cycle and on the scale in the other counts as newly answered or no longer answered.
public enum RatingChange: String, Sendable, Hashable, Codable, CaseIterable {
    /// A higher rating at follow-up.
    case improved
    /// The same rating.
    case same
    /// A lower rating at follow-up.
    case declined
    /// Blank or N/A at baseline, on the scale at follow-up.
    case newlyAnswered = "newly-answered"
    /// On the scale at baseline, blank or N/A at follow-up.
    case noLongerAnswered = "no-longer-answered"
    /// Blank or N/A in both cycles.
    case notRated = "not-rated"

    /// The change from `baseline` to `followUp`.
    public init(baseline: Rating?, followUp: Rating?) {
        switch (baseline?.value, followUp?.value) {
        case (let before?, let after?): self = after > before ? .improved : after < before ? .declined : .same
        case (nil, _?): self = .newlyAnswered
        case (_?, nil): self = .noLongerAnswered
        case (nil, nil): self = .notRated
        }
    }

    /// The words people read: `newly answered`, ...
    public var label: String { rawValue.replacingOccurrences(of: "-", with: " ") }
}
