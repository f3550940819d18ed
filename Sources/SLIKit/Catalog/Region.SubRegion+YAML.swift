extension Region.SubRegion {
    /// Reads the `number`th sub-region of a region file.
    init(node: CatalogNode, number: Int) throws {
        let fields = try node.mapping(
            "sub-region \(number)", keys: ["id", "name"], nameKey: "id", named: { "sub-region \"\($0)\"" })
        self.init(id: try fields.text("id"), name: try fields.text("name"))
    }
}
