import SLIKit
import Synchronization

/// The frameworks and regions of a catalog, each read from its file once and then kept: a page would
/// otherwise parse the framework's YAML on every request.
final class CatalogCache: Sendable {
    /// The catalog read from.
    let catalog: Catalog
    private let frameworks = Mutex<[String: Framework]>([:])
    private let regions = Mutex<[String: Region]>([:])

    init(_ catalog: Catalog) {
        self.catalog = catalog
    }

    /// The framework with `id`, as ``Catalog/framework(id:)`` reads it.
    func framework(id: String) throws -> Framework {
        if let framework = frameworks.withLock({ $0[id] }) { return framework }
        let framework = try catalog.framework(id: id)
        frameworks.withLock { $0[id] = framework }
        return framework
    }

    /// The region with `id`, as ``Catalog/region(id:)`` reads it.
    func region(id: String) throws -> Region {
        if let region = regions.withLock({ $0[id] }) { return region }
        let region = try catalog.region(id: id)
        regions.withLock { $0[id] = region }
        return region
    }
}
