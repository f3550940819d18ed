/// A statement a framework presents without rating it, grouped under a heading.
public struct Statement: Sendable, Hashable, Codable {
    /// The heading the statement sits under (e.g. `ownership`, `visibility`).
    public var group: String
    /// The statement's wording.
    public var text: String

    /// A statement with the given content.
    public init(group: String, text: String) {
        self.group = group
        self.text = text
    }
}
