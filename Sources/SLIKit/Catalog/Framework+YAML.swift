import Foundation

extension Framework {
    /// The keys a framework file may have at its top level.
    static let fileKeys = ["id", "version", "title", "source", "scale", "statements", "themes"]
    /// The keys a theme may have.
    static let themeKeys = ["id", "name", "group", "summary", "items"]
    /// The keys an item may have.
    static let itemKeys = ["id", "text", "role", "proposedLead", "source", "weight", "fromMarketPlace"]

    /// Reads a framework from the text of a framework file and checks it against the schema.
    ///
    /// The format is described in the README, "Frameworks and regions". A `proposedLead` may be one text or a
    /// list of bodies; a list is kept as one text with the bodies separated by `; `.
    ///
    /// - Parameters:
    ///   - yaml: the file's text.
    ///   - file: the name used in error messages, e.g. `templates/nw-infant-mortality-2016.yaml`.
    /// - Throws: `CatalogError.syntax` or `CatalogError.invalid` naming the file, the line and what is wrong.
    public init(yaml: String, file: String) throws {
        let top = try CatalogNode.parse(yaml, file: file).mapping(
            "the framework", keys: Self.fileKeys, nameKey: "id", named: { "framework \"\($0)\"" })
        let id = try top.text("id")
        let scale = try top.value("scale").map { try RatingScale(node: $0) } ?? .standard
        let statements = try top.list("statements").map { try Statement(node: $0) }
        var themes: [Theme] = []
        var themeLines: [String: Int] = [:]
        var sheetLines: [String: Int] = [:]
        var itemLines: [String: Int] = [:]
        for (index, node) in try top.nonEmptyList("themes").enumerated() {
            let theme = try Theme(node: node, number: index + 1, itemLines: &itemLines)
            if let first = themeLines[theme.id] {
                throw node.error("theme id \"\(theme.id)\" is used twice (first at line \(first))")
            }
            if let first = sheetLines[theme.name.lowercased()] {
                throw node.error("theme name \"\(theme.name)\" is used twice (first at line \(first))")
            }
            themeLines[theme.id] = node.line
            sheetLines[theme.name.lowercased()] = node.line
            themes.append(theme)
        }
        self.init(
            id: id, version: try top.text("version"), title: try top.text("title"),
            source: try top.optionalText("source"), scale: scale, themes: themes, statements: statements)
    }
}
