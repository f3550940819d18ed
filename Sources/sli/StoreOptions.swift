import ArgumentParser
import Foundation
import PostgresStore
import SLIKit
import SQLiteStore

/// The `--store PATH` and `--database URL` options every command that uses the cycle store takes.
///
/// A PostgreSQL database (`--database`, else `$SLI_DATABASE`) is used when one is named and no `--store`
/// is given; otherwise the SQLite store file, the default.
struct StoreOptions: ParsableArguments {
    /// The environment variable that names a PostgreSQL store.
    static let databaseVariable = "SLI_DATABASE"
    /// The environment variable that gives the PostgreSQL role's password.
    static let passwordVariable = "PGPASSWORD"

    @Option(help: "The store file (default: $SLI_STORE, else ./sli.sqlite).")
    var store: String?
    @Option(
        help: ArgumentHelp(
            "A PostgreSQL store, postgres://USER@HOST:PORT/DB (default: $SLI_DATABASE; password: $PGPASSWORD).",
            valueName: "url"))
    var database: String?

    /// Refuses an empty `--store`, which would otherwise mean the default store, a `--database` that is
    /// not a PostgreSQL URL, and both at once.
    func validate() throws {
        if store?.isEmpty == true { throw ValidationError("--store needs a path to a store file (it was empty)") }
        if let database {
            if store != nil { throw ValidationError("give --store PATH or --database URL, not both") }
            if !PostgresLocation.isURL(database) {
                throw ValidationError(
                    "--database needs a PostgreSQL URL such as postgres://sli@127.0.0.1:5432/sli (it was \"\(database)\")"
                )
            }
        }
    }

    /// The PostgreSQL URL in use: `--database`, else `$SLI_DATABASE` unless `--store` names a file.
    func databaseURL(environment: [String: String] = ProcessInfo.processInfo.environment) -> String? {
        if let database { return database }
        guard store == nil, let url = environment[Self.databaseVariable], !url.isEmpty else { return nil }
        return url
    }

    /// The store path in use, when the store is a file.
    var path: String { StoreLocation.resolve(option: store) }

    /// Where the store is, as messages name it: the file's path or the database's URL (without password).
    func whereText() throws -> String {
        guard let url = databaseURL() else { return path }
        return try PostgresLocation(url: url).description
    }

    /// Opens the store, creating a store file only when `creating` is true (a PostgreSQL store's tables
    /// are always created when missing).
    func open(creating: Bool = false) async throws -> any CycleStore {
        guard let url = databaseURL() else { return try openFile(creating: creating) }
        return try await Self.openDatabase(url)
    }

    /// Opens the PostgreSQL store at `url`, with the password `$PGPASSWORD` gives when the URL has none.
    static func openDatabase(_ url: String) async throws -> PostgresStore {
        var location = try PostgresLocation(url: url)
        if location.password == nil, let password = ProcessInfo.processInfo.environment[passwordVariable] {
            location.password = password
        }
        return try await PostgresStore(location: location)
    }

    /// Opens the SQLite store file, creating it only when `creating` is true.
    func openFile(creating: Bool = false) throws -> Store {
        if !creating && !FileManager.default.fileExists(atPath: path) {
            throw StoreError.noStore(path: path)
        }
        return try Store(path: path)
    }

    /// Opens the store and finds the cycle named `nameOrID`; a name that matches none gets the closest
    /// names the store holds.
    func open(cycle nameOrID: String) async throws -> (store: any CycleStore, cycle: Cycle) {
        let store = try await open()
        do {
            return (store, try await store.cycle(nameOrID))
        } catch StoreError.unknownCycle(let name) {
            let closest = Cycle.names(closestTo: name, among: try await store.cycles())
            guard !closest.isEmpty else { throw StoreError.unknownCycle(name) }
            throw CommandError(
                "no cycle is named \"\(name)\"; did you mean \(closest.joined(separator: " or "))? (see `sli cycle list`)"
            )
        }
    }

    /// Opens the store, finds the cycle named `nameOrID` and loads the cycle's region and framework from
    /// the catalog.
    func openWithCatalog(cycle nameOrID: String) async throws -> (
        store: any CycleStore, cycle: Cycle, region: Region, framework: Framework
    ) {
        let (store, cycle) = try await open(cycle: nameOrID)
        let catalog = Catalog.default
        return (store, cycle, try catalog.region(id: cycle.regionID), try catalog.framework(id: cycle.frameworkID))
    }
}
