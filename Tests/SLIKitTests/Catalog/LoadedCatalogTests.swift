import Foundation
import Testing

@testable import SLIKit

@Suite("Catalog loaded once")
struct LoadedCatalogTests {
    /// A copy of the shipped catalog in a fresh folder, so a test can change its files.
    private func copyOfShipped() throws -> URL {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("sli-catalog-\(UUID().uuidString)")
        for sub in ["templates", "regions"] {
            try FileManager.default.createDirectory(
                at: folder.appendingPathComponent(sub), withIntermediateDirectories: true)
            let source = RepositoryCatalog.root.appendingPathComponent(sub)
            for name in try FileManager.default.contentsOfDirectory(atPath: source.path) where name.hasSuffix(".yaml") {
                try FileManager.default.copyItem(
                    at: source.appendingPathComponent(name),
                    to: folder.appendingPathComponent(sub).appendingPathComponent(name))
            }
        }
        return folder
    }

    @Test("a loaded catalog holds what the files hold")
    func sameAsFiles() throws {
        let files = RepositoryCatalog.shipped
        let loaded = try Catalog.load(directory: files.directory)
        #expect(loaded.isLoaded && !files.isLoaded)
        #expect(try loaded.frameworkIDs() == files.frameworkIDs())
        #expect(try loaded.regionIDs() == files.regionIDs())
        for id in try files.frameworkIDs() { #expect(try loaded.framework(id: id) == files.framework(id: id)) }
        for id in try files.regionIDs() { #expect(try loaded.region(id: id) == files.region(id: id)) }
    }

    @Test("a loaded catalog keeps its files: a later edit or removal does not change it")
    func keepsFiles() throws {
        let folder = try copyOfShipped()
        defer { try? FileManager.default.removeItem(at: folder) }
        let loaded = try Catalog.load(directory: folder)
        let before = try loaded.region(id: "north-west")
        try FileManager.default.removeItem(at: folder.appendingPathComponent("regions/north-west.yaml"))
        #expect(try loaded.region(id: "north-west") == before)
        #expect(throws: CatalogError.self) { try Catalog(directory: folder).region(id: "north-west") }
    }

    @Test("an unknown identifier in a loaded catalog gets the same message as from the files")
    func unknownIdentifier() throws {
        let files = RepositoryCatalog.shipped
        let loaded = try Catalog.load(directory: files.directory)
        let fromFiles = #expect(throws: CatalogError.self) { try files.framework(id: "no-such-framework") }
        let fromLoaded = #expect(throws: CatalogError.self) { try loaded.framework(id: "no-such-framework") }
        #expect(fromLoaded?.description == fromFiles?.description)
    }

    @Test("loading refuses a catalog with one broken file, naming it")
    func brokenFile() throws {
        let folder = try copyOfShipped()
        defer { try? FileManager.default.removeItem(at: folder) }
        try Data("id: [unclosed\n".utf8).write(to: folder.appendingPathComponent("regions/broken.yaml"))
        let error = #expect(throws: CatalogError.self) { try Catalog.load(directory: folder) }
        #expect(error?.description.hasPrefix("regions/broken.yaml") == true)
        #expect(try Catalog(directory: folder).region(id: "north-west").id == "north-west")
    }
}
