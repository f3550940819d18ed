/// The regional distribution of one theme's scores across the localities that took part.
public struct ReportThemeDistribution: Sendable, Hashable, Codable {
    /// The theme's identifier.
    public var themeID: String
    /// Minimum, quartiles and maximum of the localities' scores.
    public var spread: ReportSpread

    /// A distribution for the given theme.
    public init(themeID: String, spread: ReportSpread) {
        self.themeID = themeID
        self.spread = spread
    }
}
