import SLIKit

/// What the indicator commands work with: the store, the cycle, its region and the shipped indicators.
struct IndicatorContext {
    var store: any CycleStore
    var cycle: Cycle
    var region: Region
    var indicators: IndicatorSet

    /// Opens the store and loads the cycle named `nameOrID`, its region and the indicator definitions.
    init(storeOptions: StoreOptions, cycle nameOrID: String) async throws {
        (store, cycle) = try await storeOptions.open(cycle: nameOrID)
        let catalog = Catalog.default
        region = try catalog.region(id: cycle.regionID)
        indicators = try IndicatorSet(catalogDirectory: catalog.directory)
    }

    /// What a table says in place of rows when the cycle holds no figures.
    var noFigures: String {
        "cycle \(cycle.name) has no indicator figures yet: import them with"
            + " `sli indicators import --cycle \(cycle.name) FILE`"
    }
}
