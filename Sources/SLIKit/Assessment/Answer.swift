import Foundation

/// A locality's answer to one assessed item, with the cell it was read from.
public struct Answer: Sendable, Hashable {
    /// The item answered.
    public var itemID: String
    /// The theme the item belongs to.
    public var themeID: String
    /// The rating, or `nil` when the locality left it blank (a gap, never a zero).
    public var rating: Rating?
    /// The evidence the locality gave for its rating.
    public var evidence: String?
    /// The named local lead for the item.
    public var lead: String?
    /// The locality's target date for the item.
    public var targetDate: Date?
    /// Good practice the locality can offer others on this item.
    public var goodPractice: String?
    /// Support the locality would like on this item.
    public var supportWanted: String?
    /// Where the rating was read from, as `Sheet!Cell` (e.g. `Co-sleeping!D7`).
    public var source: String

    /// An answer with the given content.
    public init(
        itemID: String, themeID: String, rating: Rating?, evidence: String? = nil, lead: String? = nil,
        targetDate: Date? = nil, goodPractice: String? = nil, supportWanted: String? = nil, source: String
    ) {
        self.itemID = itemID
        self.themeID = themeID
        self.rating = rating
        self.evidence = evidence
        self.lead = lead
        self.targetDate = targetDate
        self.goodPractice = goodPractice
        self.supportWanted = supportWanted
        self.source = source
    }
}
