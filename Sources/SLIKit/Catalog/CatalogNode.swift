import Foundation
import Yams

/// A YAML node of a catalog file that knows its file and line, so every schema error can name both.
struct CatalogNode {
    /// The parsed node.
    let node: Node
    /// The file name shown in messages (e.g. `templates/x.yaml`).
    let file: String

    /// The line the node starts on (1 when the parser gave none).
    var line: Int { node.mark?.line ?? 1 }

    /// Parses `yaml` into its root node.
    ///
    /// - Throws: `CatalogError.syntax` when the text is not YAML (including a key given twice in one
    ///   mapping), `CatalogError.invalid` when the file holds no document.
    static func parse(_ yaml: String, file: String) throws -> CatalogNode {
        let root: Node?
        do {
            root = try Yams.compose(yaml: yaml)
        } catch let error as YamlError {
            throw syntaxError(error, file: file)
        }
        guard let root else { throw CatalogError.invalid(file: file, line: 1, message: "the file is empty") }
        return CatalogNode(node: root, file: file)
    }

    /// The catalog error for a YAML error, with the line and column where the parser stopped.
    private static func syntaxError(_ error: YamlError, file: String) -> CatalogError {
        switch error {
        case .scanner(let context, let problem, let mark, _), .parser(let context, let problem, let mark, _),
            .composer(let context, let problem, let mark, _):
            let during = context.map { " \($0.text)" } ?? ""
            return .syntax(file: file, line: mark.line, column: mark.column, problem: problem + during)
        case .duplicatedKeysInMapping(let duplicates, let context):
            let keys = duplicates.map { "\"\($0)\"" }.joined(separator: ", ")
            return .syntax(
                file: file, line: context.mark.line, column: context.mark.column,
                problem: "key \(keys) appears more than once in the same mapping")
        case .reader(let problem, _, _, _):
            return .syntax(file: file, line: 1, column: 1, problem: problem)
        default:
            return .syntax(file: file, line: 1, column: 1, problem: error.description)
        }
    }

    /// A schema error at this node's line.
    func error(_ message: String) -> CatalogError {
        .invalid(file: file, line: line, message: message)
    }

    /// What kind of YAML value the node is, for messages.
    var kind: String {
        switch node {
        case .scalar: return "text"
        case .mapping: return "a mapping"
        case .sequence: return "a list"
        case .alias: return "an alias"
        }
    }

    /// The node as a mapping whose keys must be among `keys`.
    ///
    /// - Parameters:
    ///   - subject: what the mapping describes in messages until it is known by name, e.g. `item 3 of theme "x"`.
    ///   - keys: the keys the schema allows, in the order messages list them.
    ///   - nameKey: the key whose text names the mapping in messages, if it has one (e.g. `id`).
    ///   - named: how a mapping with that name is described, e.g. `item "L7"`.
    func mapping(
        _ subject: String, keys: [String], nameKey: String? = nil, named: (String) -> String = { $0 }
    ) throws -> CatalogMapping {
        guard case .mapping(let mapping) = node else {
            throw error("\(subject) must be a mapping of keys to values, found \(kind)")
        }
        var subject = subject
        if let nameKey, let name = mapping[nameKey]?.scalar?.string, !name.isEmpty {
            subject = named(name)
        }
        var entries: [(key: String, value: CatalogNode)] = []
        for (key, value) in mapping {
            let keyNode = CatalogNode(node: key, file: file)
            guard let name = key.scalar?.string else { throw keyNode.error("\(subject) has a key that is not text") }
            guard keys.contains(name) else {
                throw keyNode.error(
                    "\(subject) has an unknown key \"\(name)\" (expected \(CatalogError.alternatives(keys)))")
            }
            entries.append((name, CatalogNode(node: value, file: file)))
        }
        return CatalogMapping(node: self, subject: subject, entries: entries)
    }

    /// The node as a list of nodes.
    func sequence(_ subject: String) throws -> [CatalogNode] {
        guard case .sequence(let sequence) = node else {
            throw error("\(subject) must be a list, found \(kind)")
        }
        return sequence.map { CatalogNode(node: $0, file: file) }
    }

    /// The node as text, trimmed; `nil` when it is empty or YAML's null.
    func text(_ subject: String) throws -> String? {
        guard case .scalar(let scalar) = node else {
            throw error("\(subject) must be text, found \(kind)")
        }
        if scalar.style == .plain, ["", "~", "null", "Null", "NULL"].contains(scalar.string) { return nil }
        let trimmed = scalar.string.trimmingCharacters(in: .whitespacesAndNewlines)
        return trimmed.isEmpty ? nil : trimmed
    }
}
