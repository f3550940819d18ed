/// A YAML mapping of a catalog file whose keys have been checked against the schema.
struct CatalogMapping {
    /// The mapping's node, for its line.
    let node: CatalogNode
    /// What the mapping describes in messages, e.g. `item "L7"`.
    let subject: String
    /// The keys and values in file order.
    let entries: [(key: String, value: CatalogNode)]

    /// The value of `key`, or `nil` when the key is absent.
    func value(_ key: String) -> CatalogNode? {
        entries.first { $0.key == key }?.value
    }

    /// The text of `key`, or `nil` when the key is absent or empty.
    func optionalText(_ key: String) throws -> String? {
        try value(key)?.text("\(subject) \(key)")
    }

    /// The text of `key`.
    ///
    /// - Throws: `CatalogError.invalid` (`item "L7" has no text`) when the key is absent or empty.
    func text(_ key: String) throws -> String {
        guard let text = try optionalText(key) else { throw node.error("\(subject) has no \(key)") }
        return text
    }

    /// The list under `key`, empty when the key is absent.
    func list(_ key: String) throws -> [CatalogNode] {
        guard let value = value(key) else { return [] }
        if case .scalar = value.node, try value.text("\(subject) \(key)") == nil { return [] }
        return try value.sequence("\(subject) \(key)")
    }

    /// The list under `key`, which must have at least one entry.
    func nonEmptyList(_ key: String) throws -> [CatalogNode] {
        let list = try list(key)
        guard !list.isEmpty else { throw node.error("\(subject) has no \(key)") }
        return list
    }

    /// The texts under `key`, given either as one text or as a list of texts.
    func texts(_ key: String) throws -> [String] {
        guard let value = value(key) else { return [] }
        if case .sequence = value.node {
            return try value.sequence("\(subject) \(key)").compactMap { try $0.text("\(subject) \(key)") }
        }
        return try value.text("\(subject) \(key)").map { [$0] } ?? []
    }

    /// The whole number under `key`, or `nil` when absent.
    func optionalInteger(_ key: String) throws -> Int? {
        guard let value = value(key), let text = try value.text("\(subject) \(key)") else { return nil }
        guard let number = Int(text) else {
            throw value.error("\(subject) \(key) \"\(text)\" must be a whole number")
        }
        return number
    }

    /// The number under `key`, or `nil` when absent.
    func optionalNumber(_ key: String) throws -> (value: Double, node: CatalogNode)? {
        guard let value = value(key), let text = try value.text("\(subject) \(key)") else { return nil }
        guard let number = Double(text), number.isFinite else {
            throw value.error("\(subject) \(key) \"\(text)\" must be a number")
        }
        return (number, value)
    }

    /// The true-or-false value under `key`, `false` when absent.
    func flag(_ key: String) throws -> Bool {
        guard let value = value(key), let text = try value.text("\(subject) \(key)") else { return false }
        switch text.lowercased() {
        case "true", "yes": return true
        case "false", "no": return false
        default: throw value.error("\(subject) \(key) \"\(text)\" must be true or false")
        }
    }
}
