extension Statement {
    /// Reads one statement of a framework file.
    init(node: CatalogNode) throws {
        let fields = try node.mapping("statement", keys: ["group", "text"])
        self.init(group: try fields.text("group"), text: try fields.text("text"))
    }
}
