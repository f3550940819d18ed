import Foundation
import SpreadsheetKit

/// The JSON form of a cycle's status.
public struct StatusDocument: Encodable, Sendable {
    /// One locality's line: who it is and what it has returned.
    public struct Row: Encodable, Sendable {
        /// The locality's ONS code.
        public var code: String
        /// The locality's name.
        public var name: String
        /// Its sub-region.
        public var subRegion: String
        /// Not received, received or late.
        public var state: String
        /// The current version's number.
        public var version: Int?
        /// When the current version came in.
        public var receivedAt: String?
        /// The percentage of items answered, to one decimal.
        public var completeness: Double?
        /// How many warnings the current version had.
        public var warnings: Int?

        enum CodingKeys: String, CodingKey {
            case code, name, subRegion, state, version, receivedAt, completeness, warnings
        }

        /// Every key, an absent value as `null`, so each row has the same keys.
        public func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(code, forKey: .code)
            try container.encode(name, forKey: .name)
            try container.encode(subRegion, forKey: .subRegion)
            try container.encode(state, forKey: .state)
            try container.encode(version, forKey: .version)
            try container.encode(receivedAt, forKey: .receivedAt)
            try container.encode(completeness, forKey: .completeness)
            try container.encode(warnings, forKey: .warnings)
        }
    }

    /// The cycle's name.
    public var cycle: String
    /// The region's identifier.
    public var region: String
    /// The framework's identifier.
    public var framework: String
    /// The return deadline, when one is set.
    public var deadline: String?
    /// Whether the cycle is published to participants.
    public var published: Bool
    /// How many localities have returned a workbook.
    public var participating: Int
    /// How many localities the region has.
    public var localities: Int
    /// How many returned after the deadline.
    public var late: Int
    /// How many have returned nothing.
    public var notReceived: Int
    /// One row per locality, in the region's order.
    public var rows: [Row]

    /// The document of a cycle's status.
    public init(_ status: CycleStatus) {
        cycle = status.cycle.name
        region = status.cycle.regionID
        framework = status.cycle.frameworkID
        deadline = status.cycle.deadline.map(ISODateText.format)
        published = status.cycle.published
        participating = status.participating
        localities = status.rows.count
        late = status.late
        notReceived = status.missing
        rows = status.rows.map { row in
            Row(
                code: row.locality.code, name: row.locality.name, subRegion: row.locality.subRegion,
                state: row.state.rawValue, version: row.current?.version,
                receivedAt: row.current.map { ISODateText.format($0.receivedAt) },
                completeness: row.current.map { ($0.completeness * 10).rounded() / 10 },
                warnings: row.current?.warningCount)
        }
    }
}
