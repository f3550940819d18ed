/// One area's figures for one indicator and period, with value, intervals, verdicts and rank.
public struct IndicatorResult: Sendable, Hashable, Codable {
    /// The figures as imported.
    public var figures: IndicatorValue
    /// The value and its intervals, or `nil` without a usable denominator.
    public var estimate: IndicatorEstimate?
    /// The verdict against the region, for a locality.
    public var versusRegion: Comparison?
    /// The verdict against England, for a locality or the region.
    public var versusEngland: Comparison?
    /// The locality's rank among the region's localities, 1 the best (the highest where no direction is better).
    public var rankInRegion: Rank?
    /// The trend over the area's five most recent periods up to this one, when it has five.
    public var recentTrend: RecentTrend?

    /// A result with the given content.
    public init(
        figures: IndicatorValue, estimate: IndicatorEstimate?, versusRegion: Comparison? = nil,
        versusEngland: Comparison? = nil, rankInRegion: Rank? = nil, recentTrend: RecentTrend? = nil
    ) {
        self.figures = figures
        self.estimate = estimate
        self.versusRegion = versusRegion
        self.versusEngland = versusEngland
        self.rankInRegion = rankInRegion
        self.recentTrend = recentTrend
    }
}
