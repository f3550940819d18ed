import Foundation

/// A tmpfs of a given size mounted on a fresh temporary folder, for tests of a full or read-only disk;
/// mounting needs root, so such tests run only as root.
struct SmallFileSystem {
    /// Whether this process may mount one.
    static let isAvailable = getuid() == 0

    /// The mounted folder.
    let directory: URL

    /// Mounts a tmpfs of `size` (as `mount -o size=` takes it, such as `1m`).
    init(size: String) throws {
        directory = FileManager.default.temporaryDirectory.appendingPathComponent("sli-small-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        try Self.mount(["-t", "tmpfs", "-o", "size=\(size)", "tmpfs", directory.path])
    }

    /// Makes the file system read-only.
    func remountReadOnly() throws {
        try Self.mount(["-o", "remount,ro", directory.path])
    }

    /// Unmounts it and removes the folder.
    func remove() {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/umount")
        process.arguments = [directory.path]
        try? process.run()
        process.waitUntilExit()
        try? FileManager.default.removeItem(at: directory)
    }

    private static func mount(_ arguments: [String]) throws {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/mount")
        process.arguments = arguments
        try process.run()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else {
            throw CocoaError(.fileWriteUnknown, userInfo: [NSFilePathErrorKey: arguments.last ?? ""])
        }
    }
}
