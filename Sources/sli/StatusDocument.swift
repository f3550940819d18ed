import Foundation
import SLIKit
import SpreadsheetKit

/// The JSON form of a cycle's status.
struct StatusDocument: Encodable {
    struct Row: Encodable {
        var code: String
        var name: String
        var subRegion: String
        var state: String
        var version: Int?
        var receivedAt: String?
        var completeness: Double?
        var warnings: Int?

        enum CodingKeys: String, CodingKey {
            case code, name, subRegion, state, version, receivedAt, completeness, warnings
        }

        /// Every key, an absent value as `null`, so each row has the same keys.
        func encode(to encoder: any Encoder) throws {
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

    var cycle: String
    var region: String
    var framework: String
    var deadline: String?
    var published: Bool
    var participating: Int
    var localities: Int
    var late: Int
    var notReceived: Int
    var rows: [Row]

    init(_ status: CycleStatus) {
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
