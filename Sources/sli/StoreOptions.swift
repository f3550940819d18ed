import ArgumentParser
import Foundation
import SLIKit
import SQLiteStore

/// The `--store PATH` option every command that uses the cycle store takes.
struct StoreOptions: ParsableArguments {
    @Option(help: "The store file (default: $SLI_STORE, else ./sli.sqlite).")
    var store: String?

    /// Refuses an empty `--store`, which would otherwise mean the default store.
    func validate() throws {
        if store?.isEmpty == true { throw ValidationError("--store needs a path to a store file (it was empty)") }
    }

    /// The store path in use.
    var path: String { StoreLocation.resolve(option: store) }

    /// Opens the store, creating it only when `creating` is true.
    func open(creating: Bool = false) throws -> Store {
        if !creating && !FileManager.default.fileExists(atPath: path) {
            throw StoreError.noStore(path: path)
        }
        return try Store(path: path)
    }

    /// Opens the store and finds the cycle named `nameOrID`; a name that matches none gets the closest
    /// names the store holds.
    func open(cycle nameOrID: String) async throws -> (store: Store, cycle: Cycle) {
        let store = try open()
        do {
            return await (store, try store.cycle(nameOrID))
        } catch StoreError.unknownCycle(let name) {
            let closest = await Cycle.names(closestTo: name, among: try store.cycles())
            guard !closest.isEmpty else { throw StoreError.unknownCycle(name) }
            throw CommandError(
                "no cycle is named \"\(name)\"; did you mean \(closest.joined(separator: " or "))? (see `sli cycle list`)"
            )
        }
    }

    /// Opens the store, finds the cycle named `nameOrID` and loads the cycle's region and framework from
    /// the catalog.
    func openWithCatalog(cycle nameOrID: String) async throws -> (
        store: Store, cycle: Cycle, region: Region, framework: Framework
    ) {
        let (store, cycle) = try await open(cycle: nameOrID)
        let catalog = Catalog.default
        return (store, cycle, try catalog.region(id: cycle.regionID), try catalog.framework(id: cycle.frameworkID))
    }
}
