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
    /// The format is described in the README ("Framework files"). A `proposedLead` may be one text or a
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

extension Theme {
    /// Reads the `number`th theme of a framework file, recording the line of each item id in `itemLines`
    /// so an id used twice anywhere in the framework is caught.
    init(node: CatalogNode, number: Int, itemLines: inout [String: Int]) throws {
        let fields = try node.mapping(
            "theme \(number)", keys: Framework.themeKeys, nameKey: "id", named: { "theme \"\($0)\"" })
        let id = try fields.text("id")
        let name = try fields.text("name")
        if let problem = SheetName.problem(with: name) {
            throw (fields.value("name") ?? node).error("theme \"\(id)\" name \"\(name)\" \(problem)")
        }
        var items: [Item] = []
        for (index, itemNode) in try fields.nonEmptyList("items").enumerated() {
            let item = try Item(node: itemNode, subject: "item \(index + 1) of theme \"\(id)\"")
            if let first = itemLines[item.id] {
                throw itemNode.error("item id \"\(item.id)\" is used twice (first at line \(first))")
            }
            itemLines[item.id] = itemNode.line
            items.append(item)
        }
        self.init(
            id: id, name: name, summary: try fields.optionalText("summary"), items: items,
            group: try fields.optionalText("group"))
    }
}

extension Item {
    /// Reads one item of a theme; `subject` names it in messages until its id is known.
    init(node: CatalogNode, subject: String) throws {
        let fields = try node.mapping(subject, keys: Framework.itemKeys, nameKey: "id", named: { "item \"\($0)\"" })
        let id = try fields.text("id")
        var role = Role.assessed
        if let roleNode = fields.value("role"), let text = try roleNode.text("item \"\(id)\" role") {
            guard let known = Role(rawValue: text) else {
                throw roleNode.error("item \"\(id)\" role \"\(text)\" must be assessed or tracked")
            }
            role = known
        }
        var weight = 1.0
        if let given = try fields.optionalNumber("weight") {
            guard given.value > 0 else {
                throw given.node.error("item \"\(id)\" weight \(NumberText.format(given.value)) must be more than 0")
            }
            weight = given.value
        }
        let leads = try fields.texts("proposedLead")
        self.init(
            id: id, text: try fields.text("text"), proposedLead: leads.isEmpty ? nil : leads.joined(separator: "; "),
            source: try fields.optionalText("source"), weight: weight, role: role,
            fromMarketPlace: try fields.flag("fromMarketPlace"))
    }
}

extension Statement {
    /// Reads one statement of a framework file.
    init(node: CatalogNode) throws {
        let fields = try node.mapping("statement", keys: ["group", "text"])
        self.init(group: try fields.text("group"), text: try fields.text("text"))
    }
}

extension RatingScale {
    /// Reads a framework's `scale`; values must be whole numbers, each used once.
    init(node: CatalogNode) throws {
        let fields = try node.mapping("the scale", keys: ["levels", "notApplicable"])
        var levels: [Level] = []
        var lines: [Int: Int] = [:]
        for (index, levelNode) in try fields.nonEmptyList("levels").enumerated() {
            let level = try levelNode.mapping(
                "scale level \(index + 1)", keys: ["value", "label"], nameKey: "value", named: { "scale value \($0)" })
            guard let value = try level.optionalInteger("value") else {
                throw levelNode.error("\(level.subject) has no value")
            }
            if let first = lines[value] {
                throw levelNode.error("scale value \(value) is used twice (first at line \(first))")
            }
            lines[value] = levelNode.line
            levels.append(Level(value: value, label: try level.text("label")))
        }
        guard levels.count >= 2 else { throw fields.node.error("the scale needs at least two levels") }
        self.init(levels: levels, notApplicable: try fields.optionalText("notApplicable") ?? "N/A")
    }
}
