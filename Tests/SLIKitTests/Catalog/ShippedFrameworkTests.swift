import Testing

@testable import SLIKit

@Suite("Shipped frameworks")
struct ShippedFrameworkTests {
    @Test func theCatalogListsWhatShips() throws {
        #expect(
            try RepositoryCatalog.shipped.frameworkIDs() == ["nst-infant-mortality-2011", "nw-infant-mortality-2016"])
        #expect(try RepositoryCatalog.shipped.regionIDs() == ["north-west"])
    }

    @Test(arguments: ["nst-infant-mortality-2011", "nw-infant-mortality-2016"])
    func everyShippedFrameworkLoadsWithTheStandardScale(id: String) throws {
        let framework = try RepositoryCatalog.shipped.framework(id: id)
        #expect(framework.id == id)
        #expect(framework.scale == .standard)
        #expect(framework.scale.summary == "0-4 (or N/A)")
    }

    @Test func northWest2016HasTheReportsThemesAndRecommendations() throws {
        let framework = try RepositoryCatalog.shipped.framework(id: "nw-infant-mortality-2016")
        #expect(
            framework.themes.map(\.name) == [
                "Child Death Overview Panel", "Capacity to Improve", "Safeguarding", "Congenital Abnormalities",
                "Co-sleeping", "Smoking in Pregnancy", "Deprivation",
            ])
        let assessed = framework.allItems.filter { $0.role == .assessed }
        let tracked = framework.allItems.filter { $0.role == .tracked }
        #expect(assessed.map(\.id).sorted() == (1...22).map { "L\($0)" }.sorted())
        #expect(tracked.map(\.id).sorted() == (1...30).map { "R\($0)" }.sorted())
        #expect(framework.themes.map { $0.assessedItems.count } == [2, 5, 4, 4, 1, 5, 1])
        #expect(framework.themes.map { $0.trackedItems.count } == [4, 2, 6, 4, 4, 7, 3])
        #expect(framework.allItems.allSatisfy { $0.proposedLead != nil && $0.source != nil })
        #expect(framework.allItems.filter(\.fromMarketPlace).map(\.id) == ["R1", "R2", "R12", "R27"])
    }

    @Test func northWest2016KeepsTheOwnershipAndVisibilityStatements() throws {
        let framework = try RepositoryCatalog.shipped.framework(id: "nw-infant-mortality-2016")
        #expect(
            framework.statements.map(\.group) == Array(repeating: "ownership", count: 3)
                + Array(repeating: "visibility", count: 3))
        #expect(
            framework.statements.first?.text.hasPrefix("Have clear overall leadership for infant mortality") == true)
    }

    @Test func northWest2016ItemsReadAsTheReportWritesThem() throws {
        let framework = try RepositoryCatalog.shipped.framework(id: "nw-infant-mortality-2016")
        let local = try #require(framework.item(id: "L7"))
        #expect(local.theme.id == "capacity-to-improve")
        #expect(
            local.item.text
                == "All services commissioned are evaluated to ensure they make positive changes to modifiable factors")
        #expect(local.item.proposedLead == "Chair of LSCB; Director of Public Health")
        let regional = try #require(framework.item(id: "R11"))
        #expect(regional.theme.id == "safeguarding")
        #expect(regional.item.proposedLead == "Greater Manchester Health and Social Care Partnership – GM Connect")
        #expect(regional.item.source == "Appendix A, regional 11 (Safeguarding, recommendation 5)")
    }

    @Test func nationalSupportTeam2011HasThirteenAreasOptimalOutcomeAndSixteenChanges() throws {
        let framework = try RepositoryCatalog.shipped.framework(id: "nst-infant-mortality-2011")
        let areas = framework.themes.filter { $0.group != nil }
        #expect(areas.count == 13)
        #expect(
            areas.filter { $0.group == "A: challenge to providers" }.map { $0.name.prefix { $0 != " " } }
                == ["1", "2", "3", "4", "5", "11", "12", "13"])
        #expect(
            areas.filter { $0.group == "B: population focus" }.map { $0.name.prefix { $0 != " " } }
                == ["6", "7", "8", "9", "10"])
        #expect(framework.themes.map(\.name).suffix(2) == ["Optimal Population Outcome", "High Impact Changes"])
        #expect(framework.themes.count == 15)
        #expect(
            framework.themes.map { $0.assessedItems.count } == [1, 27, 13, 10, 9, 11, 13, 7, 7, 8, 8, 7, 13, 8, 0])
        let changes = try #require(framework.theme(id: "high-impact-changes"))
        #expect(changes.trackedItems.map(\.id) == (1...16).map { "HIC\($0)" })
        #expect(changes.items.count == 16)
        #expect(framework.allItems.filter { $0.role == .tracked }.count == 16)
        #expect(framework.allItems.allSatisfy { $0.source != nil })
    }

    @Test func nationalSupportTeam2011QuestionsKeepTheirLists() throws {
        let framework = try RepositoryCatalog.shipped.framework(id: "nst-infant-mortality-2011")
        let question = try #require(framework.item(id: "B6.1.2"))
        #expect(question.theme.name == "6 Known population health needs")
        #expect(
            question.item.text.hasPrefix("Has consideration been given, as appropriate, to distribution of the problem")
        )
        #expect(
            question.item.text.contains(
                "\n• disability (physical disability, learning disability, enduring mental health problems)\n"))
        #expect(question.item.source == "area 6 Known population health needs, 1. Needs assessment")
        #expect(framework.item(id: "OPO.2.4")?.item.text == "How is this information communicated and to whom?")
    }
}
