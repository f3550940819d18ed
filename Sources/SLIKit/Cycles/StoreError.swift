import Foundation

/// Why the store could not do what was asked.
public enum StoreError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The file at the path is not an SQLite database made by sli.
    case notAStore(path: String, reason: String)
    /// The store was written by a newer sli; it is left as it is.
    case newerSchema(path: String, unknownMigrations: [String])
    /// The store's schema marker is beyond what this build knows.
    case newerSchemaVersion(path: String, found: Int, known: Int)
    /// No cycle has the given name or id.
    case unknownCycle(String)
    /// A cycle with the name already exists.
    case duplicateCycleName(String)
    /// The name cannot be a cycle's: names of cycles become parts of file names.
    case unusableCycleName(String)
    /// The cycle is published, so its submissions are frozen.
    case cyclePublished(String)
    /// The cycle is published, so its Market Place offers and requests are frozen.
    case marketPlaceFrozen(String)
    /// The baseline cycle named for a new cycle does not exist.
    case unknownBaselineCycle(String)
    /// No store file exists at the path.
    case noStore(path: String)
    /// The disk holding the store is full, so the change was not saved.
    case diskFull(path: String)
    /// The store file, or the folder it is in, cannot be written, so the change was not saved.
    case readOnly(path: String)
    /// The disk failed while the store was read or written (SQLite reports an I/O error).
    case diskFailed(path: String)
    /// The store file cannot be opened or created where it is.
    case cannotOpen(path: String)
    /// The connection to a database server was lost while the store was doing something (and again when
    /// it tried once more); what was being done is stored whole or not at all.
    case connectionLost(location: String, doing: String, reason: String)
    /// The database server could not be reached.
    case databaseUnreachable(location: String, reason: String)
    /// A database server refused what the store asked of it.
    case databaseFailed(location: String, doing: String, reason: String)
    /// The TLS the location asks for could not be set up: the server offers none, or its certificate
    /// could not be verified.
    case insecureConnection(location: String, reason: String)

    /// A lower-case message that says what was found and what was expected.
    public var description: String {
        switch self {
        case .notAStore(let path, let reason):
            "\(path): not an sli store (\(reason))"
        case .newerSchema(let path, let unknown):
            "\(path): the store was written by a newer version of sli (unknown migrations: "
                + unknown.sorted().joined(separator: ", ") + "); it was left untouched: use a newer sli"
        case .newerSchemaVersion(let path, let found, let known):
            "\(path): the store has schema version \(found) but this sli knows only up to version \(known);"
                + " it was left untouched: use a newer sli"
        case .unknownCycle(let name):
            "no cycle is named \"\(name)\""
        case .duplicateCycleName(let name):
            "a cycle named \"\(name)\" already exists"
        case .unusableCycleName(let name):
            "\"\(name)\" cannot name a cycle (expected 1 to 100 letters, digits, spaces, dots, dashes or"
                + " underscores, beginning with a letter or digit, such as nw-2016)"
        case .cyclePublished(let name):
            "cycle \"\(name)\" is published: its submissions are frozen and no file can be added"
        case .marketPlaceFrozen(let name):
            "cycle \"\(name)\" is published: its Market Place is frozen and no offer or request can be added or removed"
        case .unknownBaselineCycle(let name):
            "baseline cycle \"\(name)\" does not exist"
        case .noStore(let path):
            "\(path): no store here"
        case .diskFull(let path):
            "\(path): the disk is full, so no change was saved (free some space and run the command again)"
        case .readOnly(let path):
            "\(path): the store cannot be written (the file or its folder is read-only), so no change was saved"
                + " (make them writable, or copy the store to a writable folder)"
        case .diskFailed(let path):
            "\(path): the disk failed while the store was in use (an I/O error), so no change was saved"
                + " (check the disk and its free space, then run the command again)"
        case .cannotOpen(let path):
            "\(path): the store cannot be opened or created (check that its folder exists and can be written)"
        case .connectionLost(let location, let doing, let reason):
            "\(location): the connection to the database was lost while \(doing) (\(reason));"
                + " nothing is half-stored: try again when the database answers"
        case .insecureConnection(let location, let reason):
            "\(location): no secure connection to the database: \(reason)"
        case .databaseUnreachable(let location, let reason):
            "\(location): the database does not answer (\(reason)): check the URL, and that the server runs and"
                + " lets this machine connect"
        case .databaseFailed(let location, let doing, let reason):
            "\(location): the database refused \(doing): \(reason)"
        }
    }
}
