import Foundation
import Testing

@testable import SLIKit

@Suite("Finding the catalog")
struct CatalogTests {
    @Test func theDefaultCatalogIsTheOneSLIHOMENames() {
        let directory = Catalog.defaultDirectory(environment: ["SLI_HOME": "/srv/network"])
        #expect(directory.path == "/srv/network")
    }

    @Test func withoutSLIHOMETheDefaultCatalogIsTheRepository() {
        let directory = Catalog.defaultDirectory(environment: [:])
        #expect(directory.resolvingSymlinksInPath().path == RepositoryCatalog.root.resolvingSymlinksInPath().path)
    }

    @Test func theSearchUpwardsEndsForARelativeStart() throws {
        let relative = try #require(URL(string: "removed/folder"))
        #expect(Catalog.ancestor(of: relative) { _ in false } == nil)
        #expect(Catalog.ancestor(of: URL(fileURLWithPath: "/srv/network")) { $0.path == "/srv" }?.path == "/srv")
    }
}
