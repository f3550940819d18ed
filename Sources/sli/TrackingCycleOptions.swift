import ArgumentParser
import Foundation
import SLIKit
import SQLiteStore

/// The store and cycle options the tracking commands share, and what they open.
struct TrackingCycleOptions: ParsableArguments {
    @OptionGroup var storeOptions: StoreOptions

    @Option(help: "The cycle's name or id.", completion: .cycleNames)
    var cycle: String

    /// The opened store, the cycle, and its framework and region from the catalog.
    ///
    /// - Throws: `StoreError.noStore` when the store file does not exist (it is never created here).
    func open() async throws -> (store: any CycleStore, cycle: Cycle, framework: Framework, region: Region) {
        let opened = try await storeOptions.openWithCatalog(cycle: cycle)
        return (opened.store, opened.cycle, opened.framework, opened.region)
    }
}
