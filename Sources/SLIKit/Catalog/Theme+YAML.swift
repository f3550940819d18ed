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
