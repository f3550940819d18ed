import Foundation
import GRDB
import SLIKit

/// The cycle store: an SQLite file (WAL mode) holding cycles and every submission version.
///
/// Opening a store created by an older sli applies the missing migrations; a store written by a newer
/// sli is refused and left untouched. Writers wait for each other (busy timeout) and retry when
/// SQLite reports the database busy, so several `sli` processes can share one store.
public final class Store: Sendable {
    /// The store file's path.
    public let path: String
    /// The schema version this build writes: the number of migrations it knows.
    public let schemaVersion: Int
    let pool: DatabasePool

    /// The marker sli writes into `PRAGMA application_id` ("SLI1").
    static let applicationID: Int32 = 0x534C_4931
    /// How long a writer waits for another process's transaction before SQLite reports busy.
    static let busyTimeout: TimeInterval = 30
    /// How often an operation that found the database busy is tried in all.
    static let attempts = 8

    /// Opens the store at `path`, creating it when missing and migrating it when older. An up-to-date
    /// store on a read-only disk or in a read-only folder opens for reading only.
    ///
    /// - Parameters:
    ///   - path: The SQLite file.
    ///   - migrations: The schema steps, in order (every known one unless a test passes fewer).
    /// - Throws: ``StoreError`` when the file is not a store or comes from a newer sli.
    public init(path: String, migrations: [StoreMigration] = StoreMigration.all) throws {
        self.path = path
        schemaVersion = migrations.count
        var isFolder: ObjCBool = false
        if FileManager.default.fileExists(atPath: path, isDirectory: &isFolder) {
            if isFolder.boolValue { throw StoreError.notAStore(path: path, reason: "it is a folder, not a file") }
            try Self.checkCompatible(path: path, migrations: migrations)
        }
        do {
            pool = try Self.openWritable(path: path, migrations: migrations)
        } catch StoreError.readOnly(path) where FileManager.default.fileExists(atPath: path) {
            pool = try Self.openReadOnly(path: path, migrations: migrations)
        }
    }

    /// Opens the store for reading and writing, creating and migrating it as needed.
    static func openWritable(path: String, migrations: [StoreMigration]) throws -> DatabasePool {
        var configuration = Configuration()
        configuration.busyMode = .timeout(Self.busyTimeout)
        configuration.foreignKeysEnabled = true
        configuration.prepareDatabase { db in
            // In WAL mode a commit with NORMAL synchronization survives the process being killed; the
            // log reaches the disk at the next checkpoint (see `checkpoint()`), not at every commit.
            try db.execute(sql: "PRAGMA synchronous = NORMAL")
        }
        let pool = try Self.withRetries(path: path) {
            try DatabasePool(path: path, configuration: configuration)
        }
        var migrator = DatabaseMigrator()
        for migration in migrations {
            migrator.registerMigration(migration.name) { db in try migration.migrate(db) }
        }
        let version = Int32(migrations.count)
        try Self.withRetries(path: path) {
            try Self.migrate(pool, with: migrator)
            let marked = try pool.read { db in
                try Int32.fetchOne(db, sql: "PRAGMA application_id") == Self.applicationID
                    && Int32.fetchOne(db, sql: "PRAGMA user_version") ?? 0 >= version
            }
            if !marked {
                try pool.write { db in
                    try db.execute(sql: "PRAGMA application_id = \(Self.applicationID)")
                    if try Int32.fetchOne(db, sql: "PRAGMA user_version") ?? 0 < version {
                        try db.execute(sql: "PRAGMA user_version = \(version)")
                    }
                }
            }
        }
        return pool
    }

    /// Opens, for reading only, a store on a read-only disk or in a read-only folder, where SQLite cannot
    /// write the `-shm` file it needs to read a write-ahead log: the file is read immutable when no log
    /// is beside it (a store closed cleanly has none). Every write then fails as
    /// ``StoreError/readOnly(path:)``.
    ///
    /// - Throws: ``StoreError/readOnly(path:)`` when the store needs a migration, which cannot be written.
    static func openReadOnly(path: String, migrations: [StoreMigration]) throws -> DatabasePool {
        var configuration = Configuration()
        configuration.readonly = true
        configuration.busyMode = .timeout(busyTimeout)
        let facts = try readFacts(path: path, configuration: configuration)
        guard facts.applied == Set(migrations.map(\.name)) else { throw StoreError.readOnly(path: path) }
        let hasLog = FileManager.default.fileExists(atPath: path + "-wal")
        let location = hasLog ? path : immutableURI(path: path) ?? path
        return try withRetries(path: path) { try DatabasePool(path: location, configuration: configuration) }
    }

    /// Refuses, without writing anything, a file that is not a store or that a newer sli wrote.
    static func checkCompatible(path: String, migrations: [StoreMigration]) throws {
        var configuration = Configuration()
        configuration.readonly = true
        configuration.busyMode = .timeout(busyTimeout)
        let facts: StoreFacts
        do {
            facts = try readFacts(path: path, configuration: configuration)
        } catch let error as DatabaseError {
            throw StoreError.notAStore(path: path, reason: error.message ?? "\(error.resultCode)")
        }
        if facts.applicationID != 0 && facts.applicationID != applicationID {
            throw StoreError.notAStore(path: path, reason: "the file belongs to another application")
        }
        if facts.applicationID != applicationID && facts.applied.isEmpty && facts.tables > 0 {
            throw StoreError.notAStore(path: path, reason: "the database holds tables sli did not make")
        }
        let known = Set(migrations.map(\.name))
        let unknown = facts.applied.subtracting(known)
        if !unknown.isEmpty {
            throw StoreError.newerSchema(path: path, unknownMigrations: unknown.sorted())
        }
        if facts.userVersion > migrations.count {
            throw StoreError.newerSchemaVersion(path: path, found: facts.userVersion, known: migrations.count)
        }
    }

    /// Applies the missing migrations; when another process migrating the same file at the same moment
    /// makes a step fail, the step is tried again after that process's work is visible.
    static func migrate(_ pool: DatabasePool, with migrator: DatabaseMigrator) throws {
        var attempt = 1
        while true {
            do {
                return try migrator.migrate(pool)
            } catch  where attempt < attempts {
                if try pool.read(migrator.hasCompletedMigrations) { return }
                Thread.sleep(forTimeInterval: 0.05 * Double(attempt))
                attempt += 1
            }
        }
    }

    /// What a store file says about itself, read before anything is written to it.
    typealias StoreFacts = (applicationID: Int32, userVersion: Int, applied: Set<String>, tables: Int)

    /// Reads the file's facts leaving no trace: when no write-ahead log exists the file is first read
    /// immutable, so SQLite creates no `-wal` or `-shm` file beside it; should that read fail (another
    /// process may be writing at that very moment), an ordinary read-only connection reads it again.
    static func readFacts(path: String, configuration: Configuration) throws -> StoreFacts {
        if !FileManager.default.fileExists(atPath: path + "-wal"), let uri = immutableURI(path: path),
            let queue = try? DatabaseQueue(path: uri, configuration: configuration), let facts = try? facts(of: queue)
        {
            return facts
        }
        return try facts(of: DatabaseQueue(path: path, configuration: configuration))
    }

    /// The SQLite URI that opens the file at `path` immutable: read with no locks and no `-wal` or `-shm`
    /// file, as a file that nothing changes.
    static func immutableURI(path: String) -> String? {
        let absolute = URL(fileURLWithPath: path).standardizedFileURL.path
        var allowed = CharacterSet.urlPathAllowed
        allowed.remove(charactersIn: "?#%")
        return absolute.addingPercentEncoding(withAllowedCharacters: allowed).map { "file:\($0)?immutable=1" }
    }

    /// The application marker, schema version, applied migrations and table count, read through `queue`,
    /// which is closed afterwards.
    static func facts(of queue: DatabaseQueue) throws -> StoreFacts {
        let facts = try queue.read { db in
            let applicationID = try Int32.fetchOne(db, sql: "PRAGMA application_id") ?? 0
            let userVersion = try Int.fetchOne(db, sql: "PRAGMA user_version") ?? 0
            let applied =
                try db.tableExists("grdb_migrations")
                ? try String.fetchSet(db, sql: "SELECT identifier FROM grdb_migrations") : []
            let tables = try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM sqlite_master WHERE type = 'table'") ?? 0
            return (applicationID, userVersion, applied, tables)
        }
        try queue.close()
        return facts
    }

    /// Runs `body` on the store at `path`, trying again with a growing pause while SQLite reports the
    /// database busy or locked.
    ///
    /// - Throws: ``StoreError/diskFull(path:)``, ``StoreError/readOnly(path:)``,
    ///   ``StoreError/diskFailed(path:)`` or ``StoreError/cannotOpen(path:)`` when SQLite reports that, in
    ///   place of its own message (which shows the SQL); any other error as it is.
    @discardableResult
    static func withRetries<T>(path: String, _ body: () throws -> T) throws -> T {
        var attempt = 1
        while true {
            do {
                return try body()
            } catch let error as DatabaseError
                where attempt < attempts
                && (error.resultCode == .SQLITE_BUSY || error.resultCode == .SQLITE_LOCKED)
            {
                Thread.sleep(forTimeInterval: 0.05 * Double(attempt))
                attempt += 1
            } catch let error as DatabaseError {
                throw storeError(for: error.resultCode, path: path) ?? error
            }
        }
    }

    /// Runs `body` on the store at `path` and waits, trying again with a growing pause while SQLite
    /// reports the database busy or locked; errors are mapped as by the synchronous form.
    @discardableResult
    static func withRetries<T>(path: String, _ body: () async throws -> T) async throws -> T {
        var attempt = 1
        while true {
            do {
                return try await body()
            } catch let error as DatabaseError
                where attempt < attempts
                && (error.resultCode == .SQLITE_BUSY || error.resultCode == .SQLITE_LOCKED)
            {
                try await Task.sleep(for: .milliseconds(50 * attempt))
                attempt += 1
            } catch let error as DatabaseError {
                throw storeError(for: error.resultCode, path: path) ?? error
            }
        }
    }

    /// Reads in a consistent snapshot, without holding the caller's thread while SQLite works.
    func read<T: Sendable>(_ body: @escaping @Sendable (Database) throws -> T) async throws -> T {
        try await Self.withRetries(path: path) { try await pool.read(body) }
    }

    /// Writes in one immediate transaction, retried when another process holds the database; the
    /// caller waits without holding its thread.
    func write<T: Sendable>(_ body: @escaping @Sendable (Database) throws -> T) async throws -> T {
        try await Self.withRetries(path: path) { try await pool.write(body) }
    }

    /// The store error for an SQLite result code that a person can act on: a full disk, a read-only
    /// file or folder, a failing disk, a file that cannot be opened.
    ///
    /// A store that cannot be opened because it, or its folder, cannot be written (SQLite needs to write
    /// its write-ahead log beside it, even to read) is called read-only.
    static func storeError(for code: ResultCode, path: String) -> StoreError? {
        switch code.primaryResultCode {
        case .SQLITE_FULL: return .diskFull(path: path)
        case .SQLITE_READONLY: return .readOnly(path: path)
        case .SQLITE_IOERR: return .diskFailed(path: path)
        case .SQLITE_CANTOPEN:
            let files = FileManager.default
            let folder = URL(fileURLWithPath: path).deletingLastPathComponent().path
            let readOnly =
                files.fileExists(atPath: folder)
                && (!files.isWritableFile(atPath: folder)
                    || (files.fileExists(atPath: path) && !files.isWritableFile(atPath: path)))
            return readOnly ? .readOnly(path: path) : .cannotOpen(path: path)
        default: return nil
        }
    }

    /// `date` to the whole second, the precision the store keeps, so a value reads back equal.
    static func stored(_ date: Date) -> Date {
        Date(timeIntervalSince1970: date.timeIntervalSince1970.rounded(.down))
    }

    /// Copies the write-ahead log into the store file and flushes both to disk, so that everything
    /// committed so far survives a power cut too (a killed process never loses a commit).
    public func checkpoint() throws {
        try Self.withRetries(path: path) {
            try pool.writeWithoutTransaction { db in try db.checkpoint(.full) }
        }
    }

    /// The result of SQLite's `PRAGMA integrity_check`: `["ok"]` for a sound file.
    public func integrityCheck() async throws -> [String] {
        try await read { db in try String.fetchAll(db, sql: "PRAGMA integrity_check") }
    }

    /// The names of the migrations applied to the store, in the order they ran.
    public func appliedMigrations() async throws -> [String] {
        try await read { db in try String.fetchAll(db, sql: "SELECT identifier FROM grdb_migrations ORDER BY rowid") }
    }
}
