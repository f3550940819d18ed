import Foundation
import Testing

@testable import SLIKit

@Suite("North West region")
struct RegionTests {
    @Test func hasTwentyThreeLocalitiesInThreeSubRegions() throws {
        let region = try RepositoryCatalog.northWest()
        #expect(region.id == "north-west")
        #expect(region.name == "North West England")
        #expect(region.code == "E12000002")
        #expect(region.localities.count == 23)
        #expect(
            region.subRegions.map(\.id) == ["greater-manchester", "cheshire-and-merseyside", "lancashire-and-cumbria"])
        #expect(region.subRegions.map { region.localities(inSubRegion: $0.id).count } == [10, 9, 4])
        #expect(region.subRegion(id: "lancashire-and-cumbria")?.name == "Lancashire and Cumbria")
        #expect(
            region.localities(inSubRegion: "lancashire-and-cumbria").map(\.name) == [
                "Blackburn with Darwen", "Blackpool", "Lancashire", "Cumbria",
            ])
    }

    @Test(arguments: [
        ("Bolton", "E08000001", "greater-manchester"), ("Bury", "E08000002", "greater-manchester"),
        ("Manchester", "E08000003", "greater-manchester"), ("Oldham", "E08000004", "greater-manchester"),
        ("Rochdale", "E08000005", "greater-manchester"), ("Salford", "E08000006", "greater-manchester"),
        ("Stockport", "E08000007", "greater-manchester"), ("Tameside", "E08000008", "greater-manchester"),
        ("Trafford", "E08000009", "greater-manchester"), ("Wigan", "E08000010", "greater-manchester"),
        ("Knowsley", "E08000011", "cheshire-and-merseyside"), ("Liverpool", "E08000012", "cheshire-and-merseyside"),
        ("St Helens", "E08000013", "cheshire-and-merseyside"), ("Sefton", "E08000014", "cheshire-and-merseyside"),
        ("Wirral", "E08000015", "cheshire-and-merseyside"), ("Halton", "E06000006", "cheshire-and-merseyside"),
        ("Warrington", "E06000007", "cheshire-and-merseyside"),
        ("Cheshire East", "E06000049", "cheshire-and-merseyside"),
        ("Cheshire West and Chester", "E06000050", "cheshire-and-merseyside"),
        ("Blackburn with Darwen", "E06000008", "lancashire-and-cumbria"),
        ("Blackpool", "E06000009", "lancashire-and-cumbria"), ("Lancashire", "E10000017", "lancashire-and-cumbria"),
        ("Cumbria", "E10000006", "lancashire-and-cumbria"),
    ])
    func localityHasItsONSCodeAndSubRegion(name: String, code: String, subRegion: String) throws {
        let locality = try #require(try RepositoryCatalog.northWest().locality(code: code))
        #expect(locality.name == name)
        #expect(locality.subRegion == subRegion)
    }

    @Test func namesTheLeadBodiesOfTheRegionalRecommendations() throws {
        let bodies = try RepositoryCatalog.northWest().leadBodies
        #expect(bodies.count == 9)
        #expect(bodies.contains("Public Health England North West"))
        #expect(bodies.contains("North West Child Death Overview Panel Group"))
    }

    @Test func everyRegionalLeadOfTheFrameworkIsALeadBodyOfTheRegion() throws {
        let bodies = Set(try RepositoryCatalog.northWest().leadBodies)
        let framework = try RepositoryCatalog.shipped.framework(id: "nw-infant-mortality-2016")
        let leads = framework.allItems.filter { $0.role == .tracked }.compactMap(\.proposedLead)
            .flatMap { $0.components(separatedBy: "; ") }
        #expect(Set(leads) == bodies)
    }
}
