/// Collects the relationships of a `.rels` part.
final class OOXMLRelationshipsHandler: XMLEventHandler {
    /// The relationships found, targets resolved against the source part.
    private(set) var relationships: [OOXMLRelationship] = []
    private let source: String

    /// A handler for the relationships of the part at `source` (`""` for the package's own `_rels/.rels`).
    init(source: String) {
        self.source = source
    }

    func startElement(_ name: XMLName, attributes: XMLAttributes) throws {
        guard name.token == .relationship, let id = attributes.string(.relationshipID),
            let type = attributes.string(.ssType), let target = attributes.string(.target)
        else { return }
        if attributes.string(.targetMode) == "External" { return }
        relationships.append(
            OOXMLRelationship(id: id, type: type, target: OOXMLRelationship.resolve(target, from: source)))
    }

    func endElement(_ name: XMLName) throws {}

    func characters(_ bytes: UnsafeBufferPointer<UInt8>) throws {}
}
