import Testing

@testable import SLIKit

@Suite("MarketSuggester")
struct MarketSuggesterTests {
    static func assessment(_ locality: String, _ answers: [(String, Int, String?, String?)]) -> SelfAssessment {
        SelfAssessment(
            frameworkID: "f", frameworkVersion: "1", localityCode: locality,
            answers: answers.map { item, rating, evidence, lead in
                Answer(
                    itemID: item, themeID: "t", rating: .level(rating), evidence: evidence, lead: lead,
                    source: "T!D\(item.count)")
            })
    }

    static let assessments = [
        assessment("E01", [("L1", 4, "audit 2015", "Jo Bloggs"), ("L2", 4, nil, nil)]),
        assessment("E02", [("L1", 0, nil, "Sam Smith"), ("L2", 0, nil, nil)]),
        assessment("E03", [("L1", 0, nil, nil), ("L2", 2, nil, nil)]),
        assessment("E04", [("L1", 4, "service review", nil)]),
    ]

    @Test func pairsTopRatedWithEvidenceWithBottomRated() {
        let suggester = MarketSuggester(matcher: MarketMatcher(subRegions: [:]), itemTexts: ["L1": "safe sleep"])
        let suggestions = suggester.suggest(
            assessments: Self.assessments, existing: [MarketInstances.offer("E04", item: "L1")])
        let offers = suggestions.entries.filter { $0.kind == .offer }
        #expect(offers.map(\.localityCode) == ["E01"])
        #expect(offers.first?.title == "Suggested: share practice on safe sleep")
        #expect(offers.first?.source == "suggested from rating 4 with evidence at T!D2")
        #expect(suggestions.entries.filter { $0.kind == .request }.map(\.localityCode) == ["E02", "E02", "E03"])
        let pairs = suggestions.plan.matches.map { "\($0.request.localityCode)>\($0.offer.localityCode)" }
        #expect(pairs == ["E02>E01", "E03>E01"])
        #expect(suggestions.plan.unmatched.map(\.reason) == [.noOfferOnItem])
    }

    @Test func pairsASuggestedRequestWithAnOfferALocalityMade() {
        let suggester = MarketSuggester(matcher: MarketMatcher(subRegions: [:]))
        let oldham = MarketInstances.offer("E08000004", item: "L3")
        let rochdale = Self.assessment("E08000005", [("L3", 0, nil, nil)])
        let suggestions = suggester.suggest(assessments: [rochdale], existing: [oldham])
        #expect(suggestions.entries.map(\.localityCode) == ["E08000005"])
        #expect(
            suggestions.plan.matches.map { "\($0.request.localityCode)>\($0.offer.localityCode)" } == [
                "E08000005>E08000004"
            ])
        #expect(suggestions.plan.unmatched.isEmpty)
    }

    @Test func listsContactsWithLeadsBothWays() {
        let plan = MarketMatcher(subRegions: ["E01": "x", "E02": "y"]).match([
            MarketInstances.request("E02", item: "L1", title: "help"), MarketInstances.offer("E01", title: "we can"),
        ])
        let lists = ContactList.lists(for: plan, leads: MarketLeads(assessments: Self.assessments))
        #expect(
            lists == [
                ContactList(
                    localityCode: "E01",
                    contactedBy: [
                        .init(
                            themeID: "t", itemID: "L1", localityCode: "E02", requestTitle: "help", offerTitle: "we can",
                            theirLeads: ["Sam Smith"], ownLeads: ["Jo Bloggs"], crossesSubRegion: true)
                    ]),
                ContactList(
                    localityCode: "E02",
                    willContact: [
                        .init(
                            themeID: "t", itemID: "L1", localityCode: "E01", requestTitle: "help", offerTitle: "we can",
                            theirLeads: ["Jo Bloggs"], ownLeads: ["Sam Smith"], crossesSubRegion: true)
                    ]),
            ])
        let table = MatchPlanTable(plan: plan, leads: MarketLeads(assessments: Self.assessments)) { "L-" + $0 }
        #expect(
            table.csv == "status,theme,item,requesting locality,request,offering locality,offer,crosses sub-region,"
                + "requesting leads,offering leads,reason\r\nmatch,t,L1,L-E02,help,L-E01,we can,yes,Sam Smith,Jo Bloggs,\r\n"
        )
    }
}
