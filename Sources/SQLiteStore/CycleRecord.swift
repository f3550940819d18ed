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

    /// Whether the row is new, so the database assigns its id when it is inserted.
    var assignsID = false

    /// The row of `cycle`.
    init(_ cycle: Cycle) { self.cycle = cycle }

    /// The row of a new `cycle`, whose id the database assigns when it is inserted (read it back with
    /// `Database.lastInsertedRowID`).
    init(new cycle: Cycle) {
        self.cycle = cycle
        assignsID = true
    }

    init(from decoder: any Decoder) throws { cycle = try Cycle(from: decoder) }

    func encode(to encoder: any Encoder) throws {
        try cycle.encode(to: encoder)
        if assignsID {
            var container = encoder.container(keyedBy: IDKey.self)
            try container.encodeNil(forKey: .id)
        }
    }

    /// The key of the id column, left empty in a new row.
    private enum IDKey: String, CodingKey { case id }
}
