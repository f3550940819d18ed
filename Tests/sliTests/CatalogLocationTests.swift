import Foundation
import SLIKit
import Testing

@testable import sli

@Suite("Finding the catalog and the store")
struct CatalogLocationTests {
    @Test func theDefaultCatalogIsTheOneSLIHOMENames() {
        let directory = Catalog.defaultDirectory(environment: ["SLI_HOME": "/srv/network"])
        #expect(directory.path == "/srv/network")
    }

    @Test func withoutSLIHOMETheDefaultCatalogIsTheRepository() {
        let directory = Catalog.defaultDirectory(environment: [:])
        #expect(directory.resolvingSymlinksInPath().path == CatalogCommandTests.root.resolvingSymlinksInPath().path)
    }

    @Test func theSearchUpwardsEndsForARelativeStart() throws {
        let relative = try #require(URL(string: "removed/folder"))
        #expect(Catalog.ancestor(of: relative) { _ in false } == nil)
        #expect(Catalog.ancestor(of: URL(fileURLWithPath: "/srv/network")) { $0.path == "/srv" }?.path == "/srv")
    }

    @Test func resolvesTheStoreLocation() {
        #expect(StoreLocation.resolve(option: "a.sqlite", environment: ["SLI_STORE": "b.sqlite"]) == "a.sqlite")
        #expect(StoreLocation.resolve(option: nil, environment: ["SLI_STORE": "b.sqlite"]) == "b.sqlite")
        #expect(StoreLocation.resolve(option: nil, environment: [:]) == "sli.sqlite")
    }
}
