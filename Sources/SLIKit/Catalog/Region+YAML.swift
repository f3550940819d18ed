import Foundation

extension Region {
    /// The keys a region file may have at its top level.
    static let fileKeys = ["id", "name", "code", "subRegions", "localities", "leadBodies"]
    /// The keys a locality may have.
    static let localityKeys = ["code", "name", "subRegion", "aliases"]

    /// Reads a region from the text of a region file and checks it against the schema.
    ///
    /// The format is described in the README, "Frameworks and regions". Locality codes must be ONS codes (a letter
    /// and eight digits), each used once; every locality belongs to a listed sub-region; no two localities
    /// share a name or alias once case and punctuation are ignored.
    ///
    /// - Parameters:
    ///   - yaml: the file's text.
    ///   - file: the name used in error messages, e.g. `regions/north-west.yaml`.
    /// - Throws: `CatalogError.syntax` or `CatalogError.invalid` naming the file, the line and what is wrong.
    public init(yaml: String, file: String) throws {
        let fields = try CatalogNode.parse(yaml, file: file).mapping(
            "the region", keys: Self.fileKeys, nameKey: "id", named: { "region \"\($0)\"" })
        let id = try fields.text("id")
        var subRegions: [SubRegion] = []
        var subRegionLines: [String: Int] = [:]
        for (index, node) in try fields.nonEmptyList("subRegions").enumerated() {
            let subRegion = try SubRegion(node: node, number: index + 1)
            if let first = subRegionLines[subRegion.id] {
                throw node.error("sub-region id \"\(subRegion.id)\" is used twice (first at line \(first))")
            }
            subRegionLines[subRegion.id] = node.line
            subRegions.append(subRegion)
        }
        var localities: [Locality] = []
        var codeLines: [String: Int] = [:]
        var nameLines: [String: (locality: String, line: Int)] = [:]
        for (index, node) in try fields.nonEmptyList("localities").enumerated() {
            let locality = try Locality(node: node, number: index + 1, subRegions: subRegions)
            if let first = codeLines[locality.code] {
                throw node.error("locality code \(locality.code) is used twice (first at line \(first))")
            }
            codeLines[locality.code] = node.line
            for name in Set(([locality.name] + locality.aliases).map(LocalityName.key)) {
                if let first = nameLines[name] {
                    throw node.error(
                        "locality \"\(locality.name)\" has a name or alias that \"\(first.locality)\" "
                            + "already uses (line \(first.line))")
                }
                nameLines[name] = (locality.name, node.line)
            }
            localities.append(locality)
        }
        var code: String?
        if let codeNode = fields.value("code"), let text = try codeNode.text("region \"\(id)\" code") {
            guard Locality.isONSCode(text) else {
                throw codeNode.error("region \"\(id)\" code \"\(text)\" is not an ONS code (a letter and eight digits)")
            }
            code = text
        }
        self.init(
            id: id, name: try fields.text("name"), code: code, subRegions: subRegions, localities: localities,
            leadBodies: try fields.list("leadBodies").compactMap { try $0.text("region \"\(id)\" lead body") })
    }
}
