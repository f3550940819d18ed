import SLIKit

extension IndicatorContext {
    /// Opens the store and loads the cycle named `nameOrID`, its region and the indicator definitions.
    init(storeOptions: StoreOptions, cycle nameOrID: String) async throws {
        let (store, cycle) = try await storeOptions.open(cycle: nameOrID)
        try self.init(store: store, cycle: cycle, catalog: .default)
    }

    /// What a table says in place of rows when the cycle holds no figures.
    var noFigures: String {
        "cycle \(cycle.name) has no indicator figures yet: import them with"
            + " `sli indicators import --cycle \(cycle.name) FILE`"
    }
}
