/// What can go wrong loading indicator definitions or importing indicator values.
public enum BenchmarkingError: Error, Sendable, Hashable, CustomStringConvertible {
    /// The definitions file could not be read or decoded.
    case invalidDefinitions(file: String, reason: String)
    /// Two definitions share an identifier.
    case duplicateIndicator(file: String, id: String)
    /// An indicator identifier that no definition has.
    case unknownIndicator(String, known: [String])
    /// The cycle is published, so its figures can no longer change.
    case cyclePublished(String)

    /// A lower-case message naming the file and place.
    public var description: String {
        switch self {
        case .invalidDefinitions(let file, let reason):
            "\(file): cannot read the indicator definitions: \(reason)"
        case .duplicateIndicator(let file, let id):
            "\(file): indicator \"\(id)\" is defined twice"
        case .unknownIndicator(let id, let known):
            "unknown indicator \"\(id)\"; expected one of: \(known.joined(separator: ", "))"
        case .cyclePublished(let name):
            "cycle \"\(name)\" is published; its indicator figures are frozen"
        }
    }
}
