/// A local authority area taking part in a network: the unit that fills in a workbook.
public struct Locality: Sendable, Hashable, Codable, Identifiable {
    /// The ONS code, e.g. `E08000001`.
    public var code: String
    /// The usual name, e.g. `Bolton`.
    public var name: String
    /// The identifier of the sub-region the locality belongs to.
    public var subRegion: String
    /// Other names the locality goes by (`St. Helens`, `Cheshire West & Chester`).
    public var aliases: [String]

    /// The ONS code identifies a locality.
    public var id: String { code }

    /// A locality with the given names and code.
    public init(code: String, name: String, subRegion: String, aliases: [String] = []) {
        self.code = code
        self.name = name
        self.subRegion = subRegion
        self.aliases = aliases
    }
}
