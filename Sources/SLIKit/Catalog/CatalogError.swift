/// What went wrong while finding or reading a region or a framework.
///
/// Messages name the file (relative to the catalog directory) and the line, say what was found and
/// what was expected, and suggest the closest known names where a name was not recognised.
public enum CatalogError: Error, Sendable, Hashable, CustomStringConvertible {
    /// No file for the requested framework or region; `known` lists the identifiers that exist.
    case notFound(kind: String, id: String, folder: String, known: [String])
    /// The file exists but could not be read.
    case unreadable(file: String, reason: String)
    /// The file is not well-formed YAML.
    case syntax(file: String, line: Int, column: Int, problem: String)
    /// The file is YAML but breaks the catalog's schema.
    case invalid(file: String, line: Int, message: String)
    /// No locality of the region goes by the given name or code; `suggestions` are the closest names.
    case unknownLocality(name: String, region: String, count: Int, suggestions: [String])

    /// A message a network lead can act on.
    public var description: String {
        switch self {
        case .notFound(let kind, let id, let folder, let known):
            let list = known.isEmpty ? "there are none" : "known: \(known.joined(separator: ", "))"
            return "no \(kind) \"\(id)\" in \(folder) (\(list))"
        case .unreadable(let file, let reason):
            return "\(file): cannot be read: \(reason)"
        case .syntax(let file, let line, let column, let problem):
            return "\(file) line \(line) column \(column): not valid YAML: \(problem)"
        case .invalid(let file, let line, let message):
            return "\(file) line \(line): \(message)"
        case .unknownLocality(let name, let region, let count, let suggestions):
            let start = "no locality \"\(name)\" in \(region)"
            guard !suggestions.isEmpty else {
                return "\(start); give one of its \(count) locality names or ONS codes"
            }
            return "\(start); did you mean \(CatalogError.alternatives(suggestions))?"
        }
    }

    /// `A`, `A or B`, `A, B or C`.
    static func alternatives(_ words: [String]) -> String {
        guard let last = words.last, words.count > 1 else { return words.first ?? "" }
        return words.dropLast().joined(separator: ", ") + " or " + last
    }
}
