import Foundation
import Testing

@testable import SLIKit

/// The catalogs the tests read: the one shipped at the repository root, and the fixture catalog of broken
/// files.
enum RepositoryCatalog {
    /// The repository root, found from this file's place in `Tests/SLIKitTests/Catalog/`.
    static var root: URL {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent()
    }

    /// The frameworks and regions shipped with sli.
    static var shipped: Catalog { Catalog(directory: root) }

    /// The catalog of deliberately broken files under `Fixtures/Catalog/`.
    static func fixtures() throws -> Catalog {
        let url = Bundle.module.url(forResource: "Catalog", withExtension: nil, subdirectory: "Fixtures")
        return Catalog(directory: try #require(url))
    }

    /// The shipped North West region.
    static func northWest() throws -> Region { try shipped.region(id: "north-west") }
}
