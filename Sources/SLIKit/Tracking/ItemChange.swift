/// One locality's ratings of one item in the baseline and the follow-up, and the change.
public struct ItemChange: Sendable, Hashable {
    /// The ONS code of the locality.
    public var localityCode: String
    /// The theme the item belongs to.
    public var themeID: String
    /// The item.
    public var itemID: String
    /// The baseline rating (`nil` when left blank).
    public var baseline: Rating?
    /// The follow-up rating (`nil` when left blank).
    public var followUp: Rating?

    /// A pair of ratings with the given content.
    public init(localityCode: String, themeID: String, itemID: String, baseline: Rating?, followUp: Rating?) {
        self.localityCode = localityCode
        self.themeID = themeID
        self.itemID = itemID
        self.baseline = baseline
        self.followUp = followUp
    }

    /// How the rating changed.
    public var change: RatingChange { RatingChange(baseline: baseline, followUp: followUp) }

    /// Follow-up minus baseline, when both are on the scale.
    public var difference: Int? {
        guard let before = baseline?.value, let after = followUp?.value else { return nil }
        return after - before
    }
}
