/// A locality's score on one theme.
public struct ReportThemeScore: Sendable, Hashable, Codable {
    /// The locality's ONS code.
    public var localityCode: String
    /// The theme's identifier.
    public var themeID: String
    /// The score as a percentage of the scale maximum (the `ScoreCard`'s figure), or nil when every item was not applicable.
    public var score: Double?

    /// A theme score with the given values.
    public init(localityCode: String, themeID: String, score: Double?) {
        self.localityCode = localityCode
        self.themeID = themeID
        self.score = score
    }
}
