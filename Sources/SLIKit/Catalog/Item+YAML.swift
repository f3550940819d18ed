import SpreadsheetKit

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
