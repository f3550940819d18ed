import GRDB
import SLIKit

/// A cycle as the `cycle` table holds it.
struct CycleRecord: Codable, FetchableRecord, PersistableRecord {
    static let databaseTableName = "cycle"

    /// The columns queries name.
    enum Columns {
        static let id = Column("id")
        static let name = Column("name")
    }

    /// The cycle the row holds.
    var cycle: Cycle

    /// The row of `cycle`.
    init(_ cycle: Cycle) { self.cycle = cycle }

    init(from decoder: any Decoder) throws { cycle = try Cycle(from: decoder) }

    func encode(to encoder: any Encoder) throws { try cycle.encode(to: encoder) }
}
