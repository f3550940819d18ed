import Foundation
import Yams

/// The indicator definitions a network benchmarks against, loaded from YAML.
///
/// The file holds a list under `indicators:`, each with `id`, `name`, `kind` (`rate` or `proportion`),
/// `multiplier`, `unit`, `numerator`, `denominator`, `polarity` (`higher-is-better`, `lower-is-better` or
/// `no-judgement`) and `source`.
public struct IndicatorSet: Sendable, Hashable {
    private struct File: Codable {
        var indicators: [IndicatorDefinition]
    }

    /// The definitions, in file order.
    public var definitions: [IndicatorDefinition]

    /// A set of the given definitions.
    public init(definitions: [IndicatorDefinition]) {
        self.definitions = definitions
    }

    /// The definitions in the YAML text `yaml`, read from a file named `fileName`.
    ///
    /// - Throws: ``BenchmarkingError/invalidDefinitions(file:reason:)`` or
    ///   ``BenchmarkingError/duplicateIndicator(file:id:)``.
    public init(yaml: String, fileName: String) throws {
        let file: File
        do {
            file = try YAMLDecoder().decode(File.self, from: yaml)
        } catch {
            throw BenchmarkingError.invalidDefinitions(file: fileName, reason: "\(error)")
        }
        var seen = Set<String>()
        for definition in file.indicators where !seen.insert(definition.id).inserted {
            throw BenchmarkingError.duplicateIndicator(file: fileName, id: definition.id)
        }
        self.definitions = file.indicators
    }

    /// The definitions in the file at `url`.
    public init(contentsOf url: URL) throws {
        let text: String
        do {
            text = try String(contentsOf: url, encoding: .utf8)
        } catch {
            throw BenchmarkingError.invalidDefinitions(file: url.lastPathComponent, reason: "\(error)")
        }
        try self.init(yaml: text, fileName: url.lastPathComponent)
    }

    /// The identifier of the indicator set shipped for infant mortality reviews.
    public static let defaultID = "infant-mortality"

    /// The definitions in `indicators/<id>.yaml` under the catalog directory `directory`.
    public init(catalogDirectory directory: URL, id: String = IndicatorSet.defaultID) throws {
        try self.init(
            contentsOf: directory.appendingPathComponent("indicators").appendingPathComponent("\(id).yaml"))
    }

    /// The definition with `id`, or `nil`.
    public func definition(id: String) -> IndicatorDefinition? { definitions.first { $0.id == id } }

    /// The definition with `id`.
    ///
    /// - Throws: ``BenchmarkingError/unknownIndicator(_:known:)``.
    public func require(_ id: String) throws -> IndicatorDefinition {
        guard let definition = definition(id: id) else {
            throw BenchmarkingError.unknownIndicator(id, known: definitions.map(\.id))
        }
        return definition
    }
}
