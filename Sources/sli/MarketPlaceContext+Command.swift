import SLIKit

extension MarketPlaceContext {
    /// Opens the store and the catalog for the cycle named `cycleName`.
    init(storeOptions: StoreOptions, cycle cycleName: String) async throws {
        let (store, cycle, region, framework) = try await storeOptions.openWithCatalog(cycle: cycleName)
        self.init(store: store, cycle: cycle, region: region, framework: framework)
    }
}
