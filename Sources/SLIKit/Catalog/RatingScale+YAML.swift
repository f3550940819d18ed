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
