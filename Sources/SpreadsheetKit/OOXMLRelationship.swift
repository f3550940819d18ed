/// One relationship of an Office Open XML part: its id, type and resolved target part.
struct OOXMLRelationship {
    /// The `Id` (`rId1`).
    var id: String
    /// The `Type` URI; only its last path segment (`worksheet`, `sharedStrings`) is compared.
    var type: String
    /// The target part's path inside the package, without a leading slash.
    var target: String

    /// Whether the type's last segment is `kind`, for both Transitional and Strict URIs.
    func isKind(_ kind: String) -> Bool {
        type.split(separator: "/").last.map { $0 == kind } ?? false
    }

    /// Resolves `target` against the folder of `source` (`xl/workbook.xml`), as OPC does.
    static func resolve(_ target: String, from source: String) -> String {
        var parts: [Substring] = []
        if !target.hasPrefix("/") {
            parts = source.split(separator: "/").dropLast()
        }
        for part in target.split(separator: "/") {
            switch part {
            case ".": continue
            case "..": _ = parts.popLast()
            default: parts.append(part)
            }
        }
        return parts.joined(separator: "/")
    }
}
