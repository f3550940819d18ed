import Foundation
import GRDB
import SLIKit

/// An indicator figure as the store keeps it, with the file it came from.
struct IndicatorValueRecord: Codable, Hashable {
    var cycleID: Int64
    var areaCode: String
    var indicatorID: String
    var period: String
    var numerator: Double
    var denominator: Double
    var sourceFile: String
    var importedAt: Date

    /// The record of `value` imported into cycle `cycleID` from `sourceFile` at `importedAt`.
    init(_ value: IndicatorValue, cycleID: Int64, sourceFile: String, importedAt: Date) {
        self.cycleID = cycleID
        areaCode = value.areaCode
        indicatorID = value.indicatorID
        period = value.period
        numerator = value.numerator
        denominator = value.denominator
        self.sourceFile = sourceFile
        self.importedAt = importedAt
    }

    /// The figures the record holds.
    var value: IndicatorValue {
        IndicatorValue(
            areaCode: areaCode, indicatorID: indicatorID, period: period, numerator: numerator,
            denominator: denominator)
    }
}

extension IndicatorValueRecord: FetchableRecord, PersistableRecord {
    static let databaseTableName = "indicatorValue"

    enum Columns {
        static let cycleID = Column(CodingKeys.cycleID)
        static let areaCode = Column(CodingKeys.areaCode)
        static let indicatorID = Column(CodingKeys.indicatorID)
        static let period = Column(CodingKeys.period)
    }
}
