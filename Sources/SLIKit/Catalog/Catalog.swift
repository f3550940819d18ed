import Foundation

/// The frameworks and regions a network works with: `templates/<id>.yaml` and `regions/<id>.yaml`
/// under one directory.
///
/// A catalog made with ``init(directory:)`` reads each file when asked for it, so a command that needs one
/// framework is not held up by another's broken file and an edit shows at the next call. One made with
/// ``load(directory:)`` reads and checks every file once and keeps them, as a server does for its
/// whole life.
public struct Catalog: Sendable, Hashable {
    /// The directory holding `templates/` and `regions/`.
    public var directory: URL
    /// Every framework and region, by identifier, when the catalog was loaded whole.
    private var held: (frameworks: [String: Framework], regions: [String: Region])?

    /// The catalog in `directory`, read file by file as asked.
    public init(directory: URL) {
        self.directory = directory
    }

    /// The catalog in `directory`, every framework and region read and checked now and kept.
    ///
    /// - Throws: ``CatalogError`` for the first file that cannot be read or does not follow the schema.
    public static func load(directory: URL) throws -> Catalog {
        let files = Catalog(directory: directory)
        var loaded = files
        loaded.held = (
            Dictionary(uniqueKeysWithValues: try files.frameworkIDs().map { ($0, try files.framework(id: $0)) }),
            Dictionary(uniqueKeysWithValues: try files.regionIDs().map { ($0, try files.region(id: $0)) })
        )
        return loaded
    }

    /// Whether every file was read once and is kept (see ``load(directory:)``).
    public var isLoaded: Bool { held != nil }

    public static func == (left: Catalog, right: Catalog) -> Bool {
        left.directory == right.directory && left.held?.frameworks == right.held?.frameworks
            && left.held?.regions == right.held?.regions
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(directory)
        hasher.combine(held?.frameworks)
        hasher.combine(held?.regions)
    }

    /// The framework with `id`, read from `templates/<id>.yaml`.
    ///
    /// - Throws: `CatalogError.notFound` listing the known frameworks, or the file's schema error.
    public func framework(id: String) throws -> Framework {
        if let held {
            guard let framework = held.frameworks[id] else {
                throw notFound(kind: "framework", id: id, folder: "templates", known: held.frameworks.keys.sorted())
            }
            return framework
        }
        let text = try contents(of: "templates", kind: "framework", id: id, known: frameworkIDs)
        let framework = try Framework(yaml: text.yaml, file: text.file)
        try checkID(framework.id, file: text.file, yaml: text.yaml, expected: id)
        return framework
    }

    /// The region with `id`, read from `regions/<id>.yaml`.
    ///
    /// - Throws: `CatalogError.notFound` listing the known regions, or the file's schema error.
    public func region(id: String) throws -> Region {
        if let held {
            guard let region = held.regions[id] else {
                throw notFound(kind: "region", id: id, folder: "regions", known: held.regions.keys.sorted())
            }
            return region
        }
        let text = try contents(of: "regions", kind: "region", id: id, known: regionIDs)
        let region = try Region(yaml: text.yaml, file: text.file)
        try checkID(region.id, file: text.file, yaml: text.yaml, expected: id)
        return region
    }

    /// The identifiers of the frameworks in `templates/`, sorted.
    public func frameworkIDs() throws -> [String] {
        try held.map { $0.frameworks.keys.sorted() } ?? ids(in: "templates")
    }

    /// The identifiers of the regions in `regions/`, sorted.
    public func regionIDs() throws -> [String] { try held.map { $0.regions.keys.sorted() } ?? ids(in: "regions") }

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
            throw notFound(kind: kind, id: id, folder: folder, known: try known())
        }
        do {
            return (try String(contentsOf: url, encoding: .utf8), file)
        } catch {
            throw CatalogError.unreadable(file: file, reason: error.localizedDescription)
        }
    }

    /// The error for a `kind` with `id` that `folder` does not hold, listing the `known` identifiers.
    private func notFound(kind: String, id: String, folder: String, known: [String]) -> CatalogError {
        .notFound(kind: kind, id: id, folder: directory.appendingPathComponent(folder).path, known: known)
    }

    /// Checks that a file's `id` is its file name, so identifiers always lead to their file.
    private func checkID(_ found: String, file: String, yaml: String, expected: String) throws {
        guard found != expected else { return }
        let root = try CatalogNode.parse(yaml, file: file)
        let line = root.node.mapping?["id"]?.mark?.line ?? root.line
        throw CatalogError.invalid(
            file: file, line: line, message: "id \"\(found)\" does not match the file name (expected \"\(expected)\")")
    }
}
