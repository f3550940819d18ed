extension Locality {
    /// Whether `code` has the shape of an ONS area code: a capital letter and eight digits.
    static func isONSCode(_ code: String) -> Bool {
        code.count == 9 && code.first.map { $0.isASCII && $0.isUppercase } == true
            && code.dropFirst().allSatisfy { $0.isASCII && $0.isNumber }
    }

    /// Reads the `number`th locality of a region file; its sub-region must be one of `subRegions`.
    init(node: CatalogNode, number: Int, subRegions: [Region.SubRegion]) throws {
        let fields = try node.mapping(
            "locality \(number)", keys: Region.localityKeys, nameKey: "name", named: { "locality \"\($0)\"" })
        let name = try fields.text("name")
        let code = try fields.text("code")
        guard Self.isONSCode(code) else {
            throw (fields.value("code") ?? node).error(
                "locality \"\(name)\" code \"\(code)\" is not an ONS code (a letter and eight digits)")
        }
        let subRegion = try fields.text("subRegion")
        guard subRegions.contains(where: { $0.id == subRegion }) else {
            throw (fields.value("subRegion") ?? node).error(
                "locality \"\(name)\" sub-region \"\(subRegion)\" is not one of the region's sub-regions ("
                    + subRegions.map(\.id).joined(separator: ", ") + ")")
        }
        self.init(code: code, name: name, subRegion: subRegion, aliases: try fields.texts("aliases"))
    }
}
