import Foundation

/// The frameworks and regions a network works with: `templates/<id>.yaml` and `regions/<id>.yaml`
/// under one directory.
///
/// Files are read when asked for, so an edit shows at the next call.
public struct Catalog: Sendable, Hashable {
    /// The directory holding `templates/` and `regions/`.
    public var directory: URL

    /// The catalog in `directory`.
    public init(directory: URL) {
        self.directory = directory
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
}
