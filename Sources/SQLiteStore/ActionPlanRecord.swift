import Foundation
import GRDB

/// A stored import of one locality's action plan for a cycle.
struct ActionPlanRecord: Codable, Hashable {
    var id: Int64?
    var cycleID: Int64
    var localityCode: String
    var fileName: String
    var sheet: String
    var headerRow: Int
    var importedAt: Date
}

extension ActionPlanRecord: FetchableRecord, PersistableRecord {
    static let databaseTableName = "actionPlan"

    enum Columns {
        static let id = Column(CodingKeys.id)
        static let cycleID = Column(CodingKeys.cycleID)
        static let localityCode = Column(CodingKeys.localityCode)
    }
}
