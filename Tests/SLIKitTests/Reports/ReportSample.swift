import Foundation

@testable import ReportKit
@testable import SLIKit

/// A deterministic synthetic ``ReportData`` for the report tests and the page render check.
enum ReportSample {
    /// The North West localities (2016 ONS codes) with their sub-regions.
    static let localities: [Locality] = [
        ("E08000001", "Bolton", "gm"), ("E08000002", "Bury", "gm"), ("E08000003", "Manchester", "gm"),
        ("E08000004", "Oldham", "gm"), ("E08000005", "Rochdale", "gm"), ("E08000006", "Salford", "gm"),
        ("E08000007", "Stockport", "gm"), ("E08000008", "Tameside", "gm"), ("E08000009", "Trafford", "gm"),
        ("E08000010", "Wigan", "gm"), ("E08000011", "Knowsley", "cm"), ("E08000012", "Liverpool", "cm"),
        ("E08000013", "St Helens", "cm"), ("E08000014", "Sefton", "cm"), ("E08000015", "Wirral", "cm"),
        ("E06000006", "Halton", "cm"), ("E06000007", "Warrington", "cm"), ("E06000049", "Cheshire East", "cm"),
        ("E06000050", "Cheshire West and Chester", "cm"), ("E06000008", "Blackburn with Darwen", "lc"),
        ("E06000009", "Blackpool", "lc"), ("E10000017", "Lancashire", "lc"), ("E10000006", "Cumbria", "lc"),
    ].map { Locality(code: $0.0, name: $0.1, subRegion: $0.2) }

    /// The seven themes of the 2016 review.
    static let themes: [ReportTheme] = [
        ("cdop", "Child Death Overview Panels"), ("capacity", "Capacity to Improve"), ("safeguarding", "Safeguarding"),
        ("congenital", "Congenital Abnormalities"), ("co-sleeping", "Co-sleeping"),
        ("smoking", "Smoking in Pregnancy"), ("deprivation", "Deprivation"),
    ].map { ReportTheme(id: $0.0, name: $0.1) }

    /// A small deterministic generator (SplitMix64).
    struct Generator {
        var state: UInt64

        mutating func next() -> UInt64 {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }

        mutating func unit() -> Double { Double(next() >> 11) / Double(1 << 53) }

        mutating func integer(_ range: ClosedRange<Int>) -> Int {
            range.lowerBound + Int(next() % UInt64(range.count))
        }
    }

    /// The full-size example: 23 localities (one not taking part), 7 themes, indicators, funnel, Market
    /// Place, recommendations and a follow-up.
    static func full(seed: UInt64 = 2016, localityCount: Int = 23) -> ReportData {
        var random = Generator(state: seed)
        let all = Array(localities.prefix(localityCount))
        let taking = Array(all.dropLast())
        let participation = all.enumerated().map { index, locality in
            if index == all.count - 1 {
                return ReportParticipation(localityCode: locality.code, status: .notTakingPart)
            }
            let late = index % 7 == 3
            return ReportParticipation(
                localityCode: locality.code, status: late ? .late : .received,
                submittedOn: late ? "2016-03-0\(index % 9 + 1)" : "2016-02-\(10 + index % 15)", version: 1 + index % 3,
                problemCount: index % 5 == 0 ? 2 : 0)
        }
        var sources = [
            ReportSource(fileName: "indicators-2012-14.csv", kind: "indicators", receivedOn: "2016-01-20"),
            ReportSource(fileName: "market-place.xlsx", kind: "Market Place", receivedOn: "2016-03-17"),
        ]
        sources += taking.enumerated().map { index, locality in
            ReportSource(
                fileName: "\(locality.name).xml", kind: "self-assessment",
                receivedOn: participation[index].submittedOn ?? "", version: participation[index].version,
                localityCode: locality.code)
        }
        var themeScores: [ReportThemeScore] = []
        var meanRatings: [String: Double] = [:]
        var itemRatings: [ReportItemRating] = []
        let labels = ["not in place", "planned", "partly in place", "in place", "embedded and evaluated"]
        for locality in taking {
            for theme in themes {
                var total = 0.0
                var count = 0
                for item in 1...4 {
                    let rating = random.integer(0...4)
                    let notApplicable = random.integer(0...19) == 0
                    itemRatings.append(
                        ReportItemRating(
                            localityCode: locality.code, themeID: theme.id,
                            itemID: "\(theme.id.prefix(2).uppercased())\(item)",
                            text: "Statement \(item) about \(theme.name.lowercased())",
                            score: notApplicable ? nil : Double(rating),
                            label: notApplicable ? "not applicable" : labels[rating],
                            evidence: notApplicable
                                ? "" : "\(locality.name) evidence for item \(item): <plan> & \"audit\" 2015"))
                    if !notApplicable {
                        total += Double(rating)
                        count += 1
                    }
                }
                let mean = count == 0 ? nil : total / Double(count)
                meanRatings[locality.code + theme.id] = mean
                themeScores.append(
                    ReportThemeScore(localityCode: locality.code, themeID: theme.id, score: mean.map { $0 / 4 * 100 }))
            }
        }
        let distributions = themes.compactMap { theme in
            ReportSpread.of(themeScores.filter { $0.themeID == theme.id }.compactMap(\.score)).map {
                ReportThemeDistribution(themeID: theme.id, spread: $0)
            }
        }
        let weakest = themes.prefix(5).enumerated().map { index, theme in
            ReportRegionalItem(
                themeID: theme.id, itemID: "\(theme.id.prefix(2).uppercased())\(index + 1)",
                text: "Statement \(index + 1) about \(theme.name.lowercased())", meanScore: 0.8 + Double(index) * 0.17,
                ratedCount: 22 - index, lowCount: 14 - index)
        }
        let indicatorDefinitions: [(String, String, String, ReportIndicator.Polarity, Double, Double)] = [
            ("infant-mortality", "Infant mortality rate", "per 1,000 live births", .lowIsGood, 4.3, 4.0),
            ("smoking-delivery", "Smoking status at time of delivery", "%", .lowIsGood, 13.5, 11.4),
            ("breastfeeding", "Breastfeeding initiation", "%", .highIsGood, 66.9, 74.3),
            ("low-birth-weight", "Low birth weight of term babies", "%", .lowIsGood, 2.9, 2.8),
            ("teenage-conceptions", "Under 18 conceptions", "per 1,000 women aged 15-17", .noJudgement, 28.1, 22.8),
        ]
        var indicatorValues: [ReportIndicatorValue] = []
        var funnelFigures: [(code: String, deaths: Int, births: Int)] = []
        for locality in taking {
            for definition in indicatorDefinitions {
                let value = definition.4 * (0.7 + random.unit() * 0.6)
                let width = definition.4 * 0.12
                let outcome: ReportVerdict.Outcome
                let far = abs(value - definition.4) > width * 1.6
                if value - width <= definition.4 && definition.4 <= value + width {
                    outcome = .similar
                } else if definition.3 == .noJudgement {
                    outcome = value > definition.4 ? .higher : .lower
                } else {
                    let higherIsBetter = definition.3 == .highIsGood
                    outcome = (value > definition.4) == higherIsBetter ? .better : .worse
                }
                let level: ConfidenceLevel = far && outcome != .similar ? .ninetyNinePointEight : .ninetyFive
                indicatorValues.append(
                    ReportIndicatorValue(
                        indicatorID: definition.0, localityCode: locality.code, value: value, lower: value - width,
                        upper: value + width,
                        verdicts: [
                            ReportVerdict(
                                benchmark: "North West", outcome: outcome, level: level, method: "Byar's method"),
                            ReportVerdict(
                                benchmark: "England", outcome: .similar, level: .ninetyFive, method: "Byar's method"),
                        ]))
            }
            let births = 1_500 + random.integer(0...13_000)
            let deaths = max(1, Int((Double(births) * 4.3 / 1000 * (0.6 + random.unit() * 0.8)).rounded()))
            funnelFigures.append((locality.code, deaths, births))
        }
        let indicators = indicatorDefinitions.map { definition in
            ReportIndicator(
                id: definition.0, name: definition.1, unit: definition.2, period: "2012-14", polarity: definition.3,
                regionValue: definition.4, englandValue: definition.5,
                spread: ReportSpread.of(indicatorValues.filter { $0.indicatorID == definition.0 }.map(\.value)))
        }
        let funnel = Funnel(
            numerators: funnelFigures.map { Double($0.deaths) }, denominators: funnelFigures.map { Double($0.births) },
            kind: .rate, multiplier: 1000
        ).map { limits in
            ReportFunnel(
                title: "Infant mortality 2012-14", unit: "per 1,000 live births", denominatorName: "live births",
                pooledRate: limits.pooledValue,
                points: funnelFigures.map { figures in
                    ReportFunnelPoint(
                        localityCode: figures.code, count: figures.deaths, denominator: figures.births,
                        rate: Double(figures.deaths) / Double(figures.births) * 1000,
                        limits: limits.limits(atDenominator: Double(figures.births)),
                        position: limits.position(
                            numerator: Double(figures.deaths), denominator: Double(figures.births)))
                }, lines: limits.lines)
        }
        let themeCounts = themes.enumerated().map { index, theme in
            ReportMarketThemeCount(
                themeID: theme.id, requests: [30, 18, 26, 12, 28, 34, 20][index], offers: [6, 3, 5, 2, 6, 7, 3][index])
        }
        let pairings = (0..<30).map { index in
            ReportMarketPairing(
                requesterCode: taking[index % taking.count].code,
                providerCode: taking[(index * 7 + 3) % taking.count].code,
                themeID: themes[index % themes.count].id,
                topic: "Offer \(index + 1): \(themes[index % themes.count].name) practice")
        }
        let market = ReportMarket(
            requests: 168, offers: 32, matchedRequests: 141, themeCounts: themeCounts, pairings: pairings)
        let bodies = [
            "Public Health England North West", "NW CDOP chairs", "Health Education England", "CCGs",
            "Local Safeguarding Boards",
        ]
        let statuses = ["not started", "in progress", "done"]
        var recommendations = (1...30).map { number in
            ReportRecommendation(
                reference: "R\(number)", text: "Regional recommendation \(number)",
                leadBody: bodies[number % bodies.count],
                status: statuses[(number * number + number / 4) % 3],
                action: number % 3 == 0 ? "Reported to the network in March" : "",
                updatedOn: "2016-09-\(10 + number % 15)")
        }
        for (index, locality) in taking.enumerated() {
            for number in 1...3 {
                recommendations.append(
                    ReportRecommendation(
                        reference: "L\(number)", text: "Local recommendation \(number)",
                        leadBody: "Director of Public Health",
                        localityCode: locality.code, status: statuses[(index + number) % 3],
                        action: "\(locality.name) action on L\(number)", updatedOn: "2016-10-0\(number)"))
            }
        }
        var changes: [ReportFollowUpChange] = []
        for theme in themes {
            for locality in taking {
                let followUp = meanRatings[locality.code + theme.id] ?? 2
                changes.append(
                    ReportFollowUpChange(
                        localityCode: locality.code, themeID: theme.id,
                        baseline: max(0, followUp - Double(random.integer(-2...4)) * 0.25), followUp: followUp))
            }
        }
        let followUpThemes = themes.map { theme in
            let paired = changes.filter { $0.themeID == theme.id }
            return ReportFollowUpTheme(
                themeID: theme.id, pairedCount: paired.count,
                medianChange: ReportSpread.of(paired.map(\.change))?.median ?? 0,
                improved: paired.filter { $0.change > 0 }.count, declined: paired.filter { $0.change < 0 }.count,
                pValue: 0.01 + Double(theme.name.count) / 100)
        }
        return ReportData(
            cycleName: "North West infant mortality 2017 follow-up", regionName: "North West",
            framework: "nw-infant-mortality-2016 version 1", builtOn: "2017-03-20", synthetic: true, published: false,
            sources: sources, localities: all,
            subRegions: [
                Region.SubRegion(id: "gm", name: "Greater Manchester"),
                Region.SubRegion(id: "cm", name: "Cheshire and Merseyside"),
            ], themes: themes, participation: participation, themeScores: themeScores,
            themeDistributions: distributions, weakestItems: weakest, itemRatings: itemRatings, indicators: indicators,
            indicatorValues: indicatorValues, funnel: funnel, market: market, recommendations: recommendations,
            followUp: ReportFollowUp(
                baselineCycleName: "North West infant mortality 2016", themes: followUpThemes, changes: changes))
    }
}
