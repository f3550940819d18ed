/// A self-assessment framework: themes of items, a rating scale and where it comes from.
///
/// Frameworks are data, loaded from `templates/<id>.yaml`; nothing about a particular framework is
/// written in code.
public struct Framework: Sendable, Hashable, Codable, Identifiable {
    /// A stable identifier such as `nw-infant-mortality-2016`.
    public var id: String
    /// The version of the framework's text; a returned workbook must carry the same one.
    public var version: String
    /// The framework's title.
    public var title: String
    /// The document the framework is transcribed from.
    public var source: String?
    /// The rating scale.
    public var scale: RatingScale
    /// The themes, in workbook order.
    public var themes: [Theme]
    /// Statements that are not rated item by item (for example what high-performing systems do).
    public var statements: [Statement]

    /// A framework with the given content.
    public init(
        id: String, version: String, title: String, source: String? = nil, scale: RatingScale = .standard,
        themes: [Theme], statements: [Statement] = []
    ) {
        self.id = id
        self.version = version
        self.title = title
        self.source = source
        self.scale = scale
        self.themes = themes
        self.statements = statements
    }

    /// Every item of every theme, in workbook order.
    public var allItems: [Item] { themes.flatMap(\.items) }

    /// The theme with `id`, or `nil`.
    public func theme(id: String) -> Theme? { themes.first { $0.id == id } }

    /// The item with `id` and its theme, or `nil`.
    public func item(id: String) -> (theme: Theme, item: Item)? {
        for theme in themes {
            if let item = theme.items.first(where: { $0.id == id }) { return (theme, item) }
        }
        return nil
    }
}
