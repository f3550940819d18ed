import SLIKit

/// A theme as the report names it.
public struct ReportTheme: Sendable, Hashable, Codable, Identifiable {
    /// The theme's identifier in the framework.
    public var id: String
    /// The theme's name.
    public var name: String

    /// A theme with the given identifier and name.
    public init(id: String, name: String) {
        self.id = id
        self.name = name
    }

    /// The report's view of a framework theme: its identifier and name.
    public init(_ theme: Theme) {
        self.init(id: theme.id, name: theme.name)
    }
}
