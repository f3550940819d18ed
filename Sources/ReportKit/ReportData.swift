import SLIKit

/// Everything the peer-review pack shows, as plain values.
///
/// The report draws only on this model, so the pages can be built, tested and checked without a store.
/// Adapters fill it from the scoring, benchmarking, Market Place and tracking results of a cycle.
/// Dates are ISO 8601 day texts (`2016-03-01`, see ``ISODateText``); theme scores and their distributions
/// are percentages of the scale maximum (0 to 100, as the `ScoreCard` gives them), item ratings are on the
/// framework's scale from 0 to ``maximumScore``; localities are named by their ONS codes everywhere except in
/// ``localities``, which gives each code its name.
///
/// Where each part comes from in a cycle: ``participation`` and ``sources`` from the store's submissions
/// (file name, received day, version, problems); ``themeScores``, ``themeDistributions`` and
/// ``weakestItems`` from the `ScoreCard`; ``itemRatings`` from the accepted `SelfAssessment`s (rating,
/// label and evidence text); ``indicators`` and ``indicatorValues`` from benchmarking (`IndicatorValue`
/// with its `ConfidenceInterval` and comparisons, keeping the method and level); ``funnel`` from the
/// infant mortality counts and the funnel limits; ``market`` from the Market Place run; ``recommendations``
/// from tracking's latest `RecommendationUpdate`s; ``followUp`` from the `FollowUp` evaluation.
/// ``ReportSpread/of(_:)`` gives the five-number summary when only the values are at hand.
public struct ReportData: Sendable, Hashable, Codable {
    /// The cycle's name, e.g. `North West infant mortality 2016`.
    public var cycleName: String
    /// The region's name, e.g. `North West England`.
    public var regionName: String
    /// The framework's name and version as the pages cite it.
    public var framework: String
    /// The day the report was built.
    public var builtOn: String
    /// Whether the data are synthetic (an example cycle); every page says so when set.
    public var synthetic: Bool
    /// Whether the cycle has published submissions to participants (widens the overview's audience).
    public var published: Bool
    /// The highest score on the framework's scale (4 on the default scale).
    public var maximumScore: Double
    /// The files and versions the report was built from.
    public var sources: [ReportSource]
    /// The region's localities, in the order the pages list them.
    public var localities: [Locality]
    /// The region's sub-regions, which name the localities' ``Locality/subRegion`` identifiers.
    public var subRegions: [Region.SubRegion]
    /// The framework's themes, in order.
    public var themes: [ReportTheme]
    /// One row per locality: whether and when it submitted.
    public var participation: [ReportParticipation]
    /// Theme scores per locality.
    public var themeScores: [ReportThemeScore]
    /// The regional distribution of each theme's scores.
    public var themeDistributions: [ReportThemeDistribution]
    /// The items with the lowest regional scores, weakest first.
    public var weakestItems: [ReportRegionalItem]
    /// Every locality's item ratings with its evidence (for its own summary).
    public var itemRatings: [ReportItemRating]
    /// The indicators, with their regional and England values.
    public var indicators: [ReportIndicator]
    /// Indicator values per locality with intervals and verdicts.
    public var indicatorValues: [ReportIndicatorValue]
    /// The funnel plot of infant mortality, when the data hold it.
    public var funnel: ReportFunnel?
    /// The Market Place totals, counts per theme and pairings, when the Market Place has run.
    public var market: ReportMarket?
    /// Regional and local recommendations with their progress.
    public var recommendations: [ReportRecommendation]
    /// The change since the baseline cycle, when the cycle has one.
    public var followUp: ReportFollowUp?

    /// A report model with the given content; lists not given are empty.
    public init(
        cycleName: String, regionName: String, framework: String, builtOn: String, synthetic: Bool,
        published: Bool = false, maximumScore: Double = 4, sources: [ReportSource] = [],
        localities: [Locality], subRegions: [Region.SubRegion] = [], themes: [ReportTheme],
        participation: [ReportParticipation] = [],
        themeScores: [ReportThemeScore] = [], themeDistributions: [ReportThemeDistribution] = [],
        weakestItems: [ReportRegionalItem] = [], itemRatings: [ReportItemRating] = [],
        indicators: [ReportIndicator] = [], indicatorValues: [ReportIndicatorValue] = [],
        funnel: ReportFunnel? = nil, market: ReportMarket? = nil, recommendations: [ReportRecommendation] = [],
        followUp: ReportFollowUp? = nil
    ) {
        self.cycleName = cycleName
        self.regionName = regionName
        self.framework = framework
        self.builtOn = builtOn
        self.synthetic = synthetic
        self.published = published
        self.maximumScore = maximumScore
        self.sources = sources
        self.localities = localities
        self.subRegions = subRegions
        self.themes = themes
        self.participation = participation
        self.themeScores = themeScores
        self.themeDistributions = themeDistributions
        self.weakestItems = weakestItems
        self.itemRatings = itemRatings
        self.indicators = indicators
        self.indicatorValues = indicatorValues
        self.funnel = funnel
        self.market = market
        self.recommendations = recommendations
        self.followUp = followUp
    }
}
