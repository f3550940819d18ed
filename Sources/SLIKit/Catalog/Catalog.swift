import Foundation

/// The frameworks and regions a network works with: `templates/<id>.yaml` and `regions/<id>.yaml`
/// under one directory (the repository root, or the folder `SLI_HOME` names).
///
/// Files are read when asked for, so an edit shows at the next call.
public struct Catalog: Sendable, Hashable {
    /// The directory holding `templates/` and `regions/`.
    public var directory: URL

    /// The catalog in `directory`.
    public init(directory: URL) {
        self.directory = directory
    }

    /// The catalog a command uses when it is not told which.
    ///
    /// Looks in order at the directory the `SLI_HOME` environment variable names; the current directory
    /// and its parents (the first one holding both `templates/` and `regions/`); the folder the running
    /// program was built in (walking up to the one with `Package.swift`); and finally the current directory.
    public static var `default`: Catalog {
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

    /// The framework with `id`, read from `templates/<id>.yaml`.
    ///
    /// - Throws: `CatalogError.notFound` listing the known frameworks, or the file's schema error.
    public func framework(id: String) throws -> Framework {
        let text = try contents(of: "templates", kind: "framework", id: id, known: frameworkIDs)
        let framework = try Framework(yaml: text.yaml, file: text.file)
        try checkID(framework.id, file: text.file, yaml: text.yaml, expected: id)
        return framework
    }

    /// The region with `id`, read from `regions/<id>.yaml`.
    ///
    /// - Throws: `CatalogError.notFound` listing the known regions, or the file's schema error.
    public func region(id: String) throws -> Region {
        let text = try contents(of: "regions", kind: "region", id: id, known: regionIDs)
        let region = try Region(yaml: text.yaml, file: text.file)
        try checkID(region.id, file: text.file, yaml: text.yaml, expected: id)
        return region
    }

    /// The identifiers of the frameworks in `templates/`, sorted.
    public func frameworkIDs() throws -> [String] { try ids(in: "templates") }

    /// The identifiers of the regions in `regions/`, sorted.
    public func regionIDs() throws -> [String] { try ids(in: "regions") }

    /// The `.yaml` files directly in `folder`, by name without the extension; none when the folder is missing.
    private func ids(in folder: String) throws -> [String] {
        let url = directory.appendingPathComponent(folder, isDirectory: true)
        guard FileManager.default.fileExists(atPath: url.path) else { return [] }
        do {
            return try FileManager.default.contentsOfDirectory(atPath: url.path)
                .filter { $0.hasSuffix(".yaml") && !$0.hasPrefix(".") }
                .map { String($0.dropLast(".yaml".count)) }
                .sorted()
        } catch {
            throw CatalogError.unreadable(file: folder, reason: error.localizedDescription)
        }
    }

    /// The text of `folder/<id>.yaml` and the name messages give it.
    private func contents(
        of folder: String, kind: String, id: String, known: () throws -> [String]
    ) throws -> (yaml: String, file: String) {
        let file = "\(folder)/\(id).yaml"
        let url = directory.appendingPathComponent(file)
        guard !id.isEmpty, !id.contains("/"), FileManager.default.fileExists(atPath: url.path) else {
            throw CatalogError.notFound(
                kind: kind, id: id, folder: directory.appendingPathComponent(folder).path, known: try known())
        }
        do {
            return (try String(contentsOf: url, encoding: .utf8), file)
        } catch {
            throw CatalogError.unreadable(file: file, reason: error.localizedDescription)
        }
    }

    /// Checks that a file's `id` is its file name, so identifiers always lead to their file.
    private func checkID(_ found: String, file: String, yaml: String, expected: String) throws {
        guard found != expected else { return }
        let root = try CatalogNode.parse(yaml, file: file)
        let line = root.node.mapping?["id"]?.mark?.line ?? root.line
        throw CatalogError.invalid(
            file: file, line: line, message: "id \"\(found)\" does not match the file name (expected \"\(expected)\")")
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
