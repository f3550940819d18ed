import Foundation

/// What the indicator workflows work with: the store, the cycle, its region and the shipped indicators.
public struct IndicatorContext: Sendable {
    /// The store holding the cycle.
    public var store: any CycleStore
    /// The cycle whose figures these are.
    public var cycle: Cycle
    /// The cycle's region.
    public var region: Region
    /// The indicator definitions shipped in the catalog.
    public var indicators: IndicatorSet

    /// The context of `cycle` in `store`, with its region and the indicator definitions from `catalog`.
    ///
    /// - Throws: ``CatalogError`` when the region or the indicator definitions cannot be read.
    public init(store: any CycleStore, cycle: Cycle, catalog: Catalog) throws {
        self.store = store
        self.cycle = cycle
        region = try catalog.region(id: cycle.regionID)
        indicators = try IndicatorSet(catalogDirectory: catalog.directory)
    }
}
