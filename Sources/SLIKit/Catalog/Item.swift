/// One thing a framework asks about: a recommendation, a question or a statement.
public struct Item: Sendable, Hashable, Codable, Identifiable {
    /// Who answers for the item.
    public enum Role: String, Sendable, Hashable, Codable {
        /// Each locality rates itself on the item in its workbook.
        case assessed
        /// The region tracks the item's progress with its lead body (not in locality workbooks).
        case tracked
    }

    /// A stable identifier, unique in the framework (e.g. `L7`, `R12`).
    public var id: String
    /// The item's wording.
    public var text: String
    /// The body proposed to lead it, if the source document names one.
    public var proposedLead: String?
    /// Where in the source document the item comes from (e.g. `Appendix A, recommendation 7`).
    public var source: String?
    /// The item's weight in its theme score (1 unless the framework says otherwise).
    public var weight: Double
    /// Whether localities assess the item or the region tracks it.
    public var role: Role
    /// Whether the item came out of the Market Place discussions.
    public var fromMarketPlace: Bool

    /// An item with the given content.
    public init(
        id: String, text: String, proposedLead: String? = nil, source: String? = nil, weight: Double = 1,
        role: Role = .assessed, fromMarketPlace: Bool = false
    ) {
        self.id = id
        self.text = text
        self.proposedLead = proposedLead
        self.source = source
        self.weight = weight
        self.role = role
        self.fromMarketPlace = fromMarketPlace
    }
}
