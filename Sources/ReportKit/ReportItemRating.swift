/// One locality's rating of one item, with the evidence it gave.
public struct ReportItemRating: Sendable, Hashable, Codable {
    /// The locality's ONS code.
    public var localityCode: String
    /// The theme's identifier.
    public var themeID: String
    /// The item's identifier.
    public var itemID: String
    /// The item's text.
    public var text: String
    /// The score, or nil when the locality answered not applicable.
    public var score: Double?
    /// The rating's label on the scale, e.g. `partly in place`.
    public var label: String
    /// The locality's own evidence text, quoted on its summary.
    public var evidence: String

    /// A rating with the given values.
    public init(
        localityCode: String, themeID: String, itemID: String, text: String, score: Double?, label: String,
        evidence: String
    ) {
        self.localityCode = localityCode
        self.themeID = themeID
        self.itemID = itemID
        self.text = text
        self.score = score
        self.label = label
        self.evidence = evidence
    }
}
