import Testing

@testable import SLIKit

@Suite("Scorer")
struct ScorerTests {
    static let framework = Framework(
        id: "test", version: "1", title: "Test",
        themes: [
            Theme(
                id: "a", name: "A",
                items: [
                    Item(id: "a1", text: "one"), Item(id: "a2", text: "two"), Item(id: "a3", text: "three", weight: 2),
                    Item(id: "r1", text: "tracked", role: .tracked),
                ]),
            Theme(id: "b", name: "B", items: [Item(id: "b1", text: "four"), Item(id: "b2", text: "five")]),
        ])

    static func assessment(_ code: String, _ ratings: [String: Rating?], evidence: [String: String] = [:])
        -> SelfAssessment
    {
        let answers = ["a1", "a2", "a3", "b1", "b2"].map { id in
            Answer(
                itemID: id, themeID: String(id.prefix(1)), rating: ratings[id] ?? nil, evidence: evidence[id],
                supportWanted: id == "b1" ? "help with b1" : nil, source: "\(id)!D7")
        }
        return SelfAssessment(frameworkID: "test", frameworkVersion: "1", localityCode: code, answers: answers)
    }

    /// X: a1 4 with evidence, a2 N/A, a3 2 (weight 2), b1 0, b2 blank.
    static let x = assessment(
        "E3", ["a1": .level(4), "a2": .notApplicable, "a3": .level(2), "b1": .level(0)], evidence: ["a1": "audit"])
    /// Y: everything 2.
    static let y = assessment(
        "E2", ["a1": .level(2), "a2": .level(2), "a3": .level(2), "b1": .level(2), "b2": .level(2)])
    /// Z: 4, 4, 4, 3, 1 with no evidence.
    static let z = assessment(
        "E1", ["a1": .level(4), "a2": .level(4), "a3": .level(4), "b1": .level(3), "b2": .level(1)])

    let card = Scorer(framework: ScorerTests.framework).score([x, y, z])

    @Test func weightsItemsAndLeavesOutNotApplicableAndGaps() throws {
        let x = try #require(card.locality(code: "E3"))
        let themeA = try #require(x.theme("a")).score
        let percentage = try #require(themeA.percentage)
        let expected: Double = 100.0 * 8.0 / 3.0 / 4.0
        #expect(abs(percentage - expected) < 1e-12)
        #expect(themeA.rated == 2)
        #expect(themeA.notApplicable == 1)
        #expect(themeA.unanswered == 0)
        let themeB = try #require(x.theme("b")).score
        #expect(themeB.percentage == 0)
        #expect(themeB.rated == 1)
        #expect(themeB.unanswered == 1)
        #expect(themeB.assessed == 2)
        #expect(x.overall.percentage == 50)
        #expect(x.overall.meanRating == 2)
        #expect(x.gaps == ["b2"])
    }

    @Test func ignoresTrackedItems() throws {
        let x = try #require(card.locality(code: "E3"))
        #expect(x.items.map(\.itemID) == ["a1", "a2", "a3", "b1", "b2"])
        #expect(card.items.map(\.itemID) == ["a1", "a2", "a3", "b1", "b2"])
    }

    @Test func ranksWithTies() throws {
        #expect(card.localities.map(\.localityCode) == ["E1", "E2", "E3"])
        #expect(card.localities.map { $0.overallRank?.description } == ["1", "2=", "2="])
        #expect(card.localities.map { $0.theme("b")?.rank?.description } == ["1=", "1=", "3"])
        #expect(Rank.competition([5, 7, 7, nil, 3]).map { $0?.description } == ["3", "1=", "1=", nil, "4"])
    }

    @Test func placesLocalitiesInQuartiles() throws {
        let overall = try #require(card.overall)
        #expect(overall.median == 50)
        let top: Double = 100.0 * 20.0 / 6.0 / 4.0
        #expect(abs(overall.upperQuartile - (50 + 0.5 * (top - 50))) < 1e-9)
        #expect(card.localities.map { $0.overallQuartile } == [.top, .upperMiddle, .upperMiddle])
    }

    @Test func quartilesFollowQuartileInc() throws {
        let distribution = try #require(Distribution([4, 1, 3, 2]))
        #expect(distribution.lowerQuartile == 1.75)
        #expect(distribution.median == 2.5)
        #expect(distribution.upperQuartile == 3.25)
        #expect(distribution.minimum == 1)
        #expect(distribution.maximum == 4)
        #expect(distribution.quartile(of: 1.5) == .bottom)
        #expect(distribution.quartile(of: 2.5) == .upperMiddle)
        #expect(Distribution([Double]()) == nil)
    }

    @Test func findsStrongestAndWeakestThemes() throws {
        let x = try #require(card.locality(code: "E3"))
        #expect(x.strongestThemes == ["a"])
        #expect(x.weakestThemes == ["b"])
        let y = try #require(card.locality(code: "E2"))
        #expect(y.strongestThemes == ["a", "b"])
    }

    @Test func summarisesItemsAcrossTheRegion() throws {
        let a2 = try #require(card.item("a2"))
        #expect(a2.notApplicable == 1)
        #expect(a2.distribution?.median == 3)
        #expect(a2.levelCounts == [0, 0, 1, 0, 1])
        let b2 = try #require(card.item("b2"))
        #expect(b2.unanswered == 1)
        #expect(card.weakestItems(limit: 2).map(\.itemID) == ["b2", "b1"])
        #expect(card.weakestItems(limit: 0).isEmpty)
        #expect(card.weakestItems(limit: 9).count == 5)
    }

    @Test func listsGoodPracticeWithEvidenceAndSupportNeeds() throws {
        let themeA = try #require(card.theme("a"))
        #expect(
            themeA.goodPractice == [Highlight(localityCode: "E3", themeID: "a", itemID: "a1", level: 4, text: "audit")])
        #expect(themeA.supportNeeds.isEmpty)
        let themeB = try #require(card.theme("b"))
        #expect(
            themeB.supportNeeds == [
                Highlight(localityCode: "E3", themeID: "b", itemID: "b1", level: 0, text: "help with b1")
            ])
    }

    @Test func keepsTheLastAssessmentOfALocality() throws {
        let card = Scorer(framework: Self.framework).score([Self.y, Self.assessment("E2", ["a1": .level(4)])])
        let y = try #require(card.locality(code: "E2"))
        #expect(card.localities.count == 1)
        #expect(y.overall.percentage == 100)
        #expect(y.overall.unanswered == 4)
    }

    @Test func leavesALocalityWithNoRatingsUnranked() throws {
        let card = Scorer(framework: Self.framework).score([Self.y, Self.assessment("E9", [:])])
        let empty = try #require(card.locality(code: "E9"))
        #expect(empty.overall.percentage == nil)
        #expect(empty.overallRank == nil)
        #expect(empty.strongestThemes.isEmpty)
        #expect(card.locality(code: "E2")?.overallRank == Rank(position: 1, tied: false, outOf: 1))
    }
}
