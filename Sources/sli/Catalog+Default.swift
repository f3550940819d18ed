import Foundation
import SLIKit

extension Catalog {
    /// The catalog a command uses when it is not told which.
    ///
    /// Looks in order at the directory the `SLI_HOME` environment variable names; the current directory
    /// and its parents (the first one holding both `templates/` and `regions/`); the folder the running
    /// program was built in (walking up to the one with `Package.swift`); and finally the current directory.
    static var `default`: Catalog {
        Catalog(directory: defaultDirectory(environment: ProcessInfo.processInfo.environment))
    }

    /// Where `Catalog.default` looks, given the environment.
    static func defaultDirectory(environment: [String: String]) -> URL {
        if let home = environment["SLI_HOME"], !home.isEmpty {
            return URL(fileURLWithPath: home, isDirectory: true)
        }
        let current = URL(fileURLWithPath: FileManager.default.currentDirectoryPath, isDirectory: true)
        if let found = ancestor(of: current, where: { isCatalog($0) }) { return found }
        if let executable = Bundle.main.executableURL?.resolvingSymlinksInPath(),
            let found = ancestor(of: executable.deletingLastPathComponent(), where: { isPackage($0) })
        {
            return found
        }
        return current
    }

    /// Whether `directory` holds both catalog folders.
    private static func isCatalog(_ directory: URL) -> Bool {
        ["templates", "regions"].allSatisfy {
            var isDirectory: ObjCBool = false
            let path = directory.appendingPathComponent($0).path
            return FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) && isDirectory.boolValue
        }
    }

    /// Whether `directory` holds a `Package.swift`.
    private static func isPackage(_ directory: URL) -> Bool {
        FileManager.default.fileExists(atPath: directory.appendingPathComponent("Package.swift").path)
    }

    /// `start` or the nearest of its parents that satisfies `test`.
    ///
    /// A relative start (as when the current directory has been removed) is walked no further than its
    /// own components, so the search always ends.
    static func ancestor(of start: URL, where test: (URL) -> Bool) -> URL? {
        var directory = start.standardizedFileURL
        for _ in 0...directory.pathComponents.count {
            if test(directory) { return directory }
            let parent = directory.deletingLastPathComponent()
            if parent.path == directory.path { return nil }
            directory = parent
        }
        return nil
    }
}
