/// A regional network: its localities, sub-regions and the bodies that lead recommendations.
///
/// Regions are data, loaded from `regions/<id>.yaml`.
public struct Region: Sendable, Hashable, Codable, Identifiable {
    /// A group of neighbouring localities within the region.
    public struct SubRegion: Sendable, Hashable, Codable, Identifiable {
        /// A stable identifier, e.g. `greater-manchester`.
        public var id: String
        /// The sub-region's name.
        public var name: String

        /// A sub-region with the given identifier and name.
        public init(id: String, name: String) {
            self.id = id
            self.name = name
        }
    }

    /// A stable identifier, e.g. `north-west`.
    public var id: String
    /// The region's name.
    public var name: String
    /// The region's ONS code, used for benchmark rows (e.g. `E12000002`).
    public var code: String?
    /// The sub-regions, in the order the file lists them.
    public var subRegions: [SubRegion]
    /// The localities, in the order the file lists them.
    public var localities: [Locality]
    /// The bodies that may lead regional recommendations.
    public var leadBodies: [String]

    /// A region with the given content.
    public init(
        id: String, name: String, code: String? = nil, subRegions: [SubRegion], localities: [Locality],
        leadBodies: [String] = []
    ) {
        self.id = id
        self.name = name
        self.code = code
        self.subRegions = subRegions
        self.localities = localities
        self.leadBodies = leadBodies
    }

    /// The locality with the ONS code `code`, or `nil`.
    public func locality(code: String) -> Locality? {
        localities.first { $0.code == code }
    }
}
