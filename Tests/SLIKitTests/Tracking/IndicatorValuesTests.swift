import Foundation
import Testing

@testable import SLIKit
@testable import SpreadsheetKit

@Suite("Indicator values for the follow-up")
struct IndicatorValuesTests {
    private func sheet(_ rows: [[CellValue]]) -> Workbook {
        var sheet = Sheet(name: "indicators")
        for (row, values) in rows.enumerated() {
            for (column, value) in values.enumerated() { sheet[CellReference(row: row, column: column)] = value }
        }
        return Workbook(sheets: [sheet])
    }

    @Test func readsOneValuePerIndicatorAndArea() throws {
        let values = try IndicatorValues.read(
            sheet([
                [.string("Value"), .string("Indicator"), .string("Area code")],
                [.number(4.2), .string("infant-mortality"), .string("E08000001")],
                [.string("3.5"), .string("infant-mortality"), .string("E08000002")],
            ]), fileName: "2016.csv")
        #expect(
            values == [
                IndicatorKey(indicatorID: "infant-mortality", localityCode: "E08000001"): 4.2,
                IndicatorKey(indicatorID: "infant-mortality", localityCode: "E08000002"): 3.5,
            ])
    }

    @Test(arguments: ["n/a", "inf", "nan"])
    func namesTheCellOfAValueThatIsNotANumber(text: String) {
        let error = #expect(throws: TrackingError.self) {
            try IndicatorValues.read(
                sheet([
                    [.string("indicator"), .string("area"), .string("value")],
                    [.string("infant-mortality"), .string("E08000001"), .string(text)],
                ]), fileName: "2016.csv")
        }
        #expect(error?.description == "2016.csv: cell C2: value \"\(text)\" is not a number")
    }

    @Test func takesEachAreasLatestPeriodValuedByItsDefinition() {
        let definition = IndicatorDefinition(
            id: "infant-mortality", name: "Infant mortality", kind: .rate, multiplier: 1000, unit: "per 1,000",
            numerator: "infant deaths", denominator: "live births", polarity: .lowerIsBetter, source: "test")
        let figures = [
            IndicatorValue(
                areaCode: "E08000001", indicatorID: "infant-mortality", period: "2013-15", numerator: 20,
                denominator: 5000),
            IndicatorValue(
                areaCode: "E08000001", indicatorID: "infant-mortality", period: "2012-14", numerator: 30,
                denominator: 5000),
            IndicatorValue(
                areaCode: "E08000002", indicatorID: "infant-mortality", period: "2013-15", numerator: 3, denominator: 0),
            IndicatorValue(
                areaCode: "E08000002", indicatorID: "undefined", period: "2013-15", numerator: 3, denominator: 10),
        ]
        let values = IndicatorValues.latest(figures, indicators: IndicatorSet(definitions: [definition]))
        #expect(values == [IndicatorKey(indicatorID: "infant-mortality", localityCode: "E08000001"): 4])
    }
}
