/// A group of items that a workbook shows on one sheet and scores together.
public struct Theme: Sendable, Hashable, Codable, Identifiable {
    /// A stable identifier, unique in the framework (e.g. `co-sleeping`).
    public var id: String
    /// The theme's name, also the name of its workbook sheet (at most 31 characters).
    public var name: String
    /// A short description shown on the theme's sheet.
    public var summary: String?
    /// The theme's items, in the order the workbook lists them.
    public var items: [Item]
    /// The group the theme belongs to in its framework, if the framework groups its themes
    /// (e.g. `A: challenge to providers`).
    public var group: String?

    /// A theme with the given content.
    public init(id: String, name: String, summary: String? = nil, items: [Item], group: String? = nil) {
        self.id = id
        self.name = name
        self.summary = summary
        self.items = items
        self.group = group
    }

    /// The items localities rate in their workbooks.
    public var assessedItems: [Item] { items.filter { $0.role == .assessed } }
    /// The items the region tracks with lead bodies.
    public var trackedItems: [Item] { items.filter { $0.role == .tracked } }
}
