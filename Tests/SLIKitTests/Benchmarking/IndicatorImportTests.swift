import Foundation
import Testing

@testable import SLIKit
@testable import SpreadsheetKit

@Suite("Indicator import")
struct IndicatorImportTests {
    static let region = Region(
        id: "north-west", name: "North West", code: "E12000002",
        subRegions: [Region.SubRegion(id: "gm", name: "Greater Manchester")],
        localities: [
            Locality(code: "E08000001", name: "Bolton", subRegion: "gm"),
            Locality(code: "E08000002", name: "Bury", subRegion: "gm"),
        ])

    static let indicators = IndicatorSet(definitions: [
        IndicatorDefinition(
            id: "infant-mortality", name: "Infant mortality", kind: .rate, multiplier: 1_000,
            unit: "per 1,000 live births", numerator: "deaths", denominator: "births", polarity: .lowerIsBetter,
            source: "test"),
        IndicatorDefinition(
            id: "smoking-at-delivery", name: "Smoking", kind: .proportion, multiplier: 100, unit: "%",
            numerator: "smokers", denominator: "maternities", polarity: .lowerIsBetter, source: "test"),
    ])

    let importer = IndicatorImport(indicators: indicators, region: region) { name in
        if let locality = region.localities.first(where: {
            $0.code == name || $0.name.lowercased() == name.lowercased()
        }) {
            return locality
        }
        throw NoSuchLocality(name: name)
    }

    /// The error the test region's resolver throws.
    struct NoSuchLocality: Error, CustomStringConvertible {
        var name: String
        var description: String { "no locality \"\(name)\" in North West" }
    }

    /// A one-sheet workbook of `rows`, numbers typed as numbers.
    static func workbook(_ rows: [[String]]) -> Workbook {
        var sheet = Sheet(name: "figures")
        for (row, fields) in rows.enumerated() {
            for (column, field) in fields.enumerated() where !field.isEmpty {
                sheet[CellReference(row: row, column: column)] =
                    Double(field).map(CellValue.number) ?? .string(field)
            }
        }
        return Workbook(sheets: [sheet])
    }

    @Test func readsColumnsInAnyOrderByCodeOrName() throws {
        let values = try importer.read(
            Self.workbook([
                ["Period", "LOCALITY", "Indicator", "Denominator", "Numerator", "Value"],
                ["2014/15", "bolton", "infant-mortality", "3600", "15", "4.17"],
                ["2014/15", "E08000002", "smoking-at-delivery", "2300", "299", "13"],
                ["", "", "", "", "", ""],
                ["2014/15", "North West", "infant-mortality", "5900", "24", ""],
                ["2014/15", "E92000001", "infant-mortality", "664000", "2600", "3.9"],
            ]), fileName: "figures.xlsx")
        #expect(
            values == [
                IndicatorValue(
                    areaCode: "E08000001", indicatorID: "infant-mortality", period: "2014/15", numerator: 15,
                    denominator: 3_600),
                IndicatorValue(
                    areaCode: "E08000002", indicatorID: "smoking-at-delivery", period: "2014/15", numerator: 299,
                    denominator: 2_300),
                IndicatorValue(
                    areaCode: "north-west", indicatorID: "infant-mortality", period: "2014/15", numerator: 24,
                    denominator: 5_900),
                IndicatorValue(
                    areaCode: "E92000001", indicatorID: "infant-mortality", period: "2014/15", numerator: 2_600,
                    denominator: 664_000),
            ])
    }

    @Test func reportsEveryBadRowAndAcceptsNothing() throws {
        let workbook = Self.workbook([
            ["locality", "indicator", "period", "numerator", "denominator", "value"],
            ["Bolton", "infant-mortality", "2014/15", "15", "3600", "4.17"],
            ["Boltn", "infant-mortality", "2014/15", "15", "3600", ""],
            ["Bury", "smoking", "2014/15", "15", "3600", ""],
            ["Bury", "smoking-at-delivery", "2014/15", "300", "200", ""],
            ["Bury", "infant-mortality", "2014/15", "-2", "many", ""],
            ["Bury", "infant-mortality", "2014/15", "10", "2000", "6.1"],
            ["Bolton", "infant-mortality", "2014/15", "15", "3600", ""],
            ["Bury", "infant-mortality", "", "10", "0", ""],
        ])
        let error = try #require(throws: FileRejection.self) {
            try importer.read(workbook, fileName: "figures.xlsx")
        }
        #expect(error.file == "figures.xlsx")
        #expect(
            error.description.split(separator: "\n") == [
                #"figures.xlsx: sheet "figures" cell A3: no locality "Boltn" in North West"#,
                #"figures.xlsx: sheet "figures" cell B4: unknown indicator "smoking"; expected one of infant-mortality, smoking-at-delivery"#,
                #"figures.xlsx: sheet "figures" cell D5: numerator 300 is greater than denominator 200; a proportion cannot exceed its denominator"#,
                #"figures.xlsx: sheet "figures" cell D6: numerator -2 is negative; expected a count of 0 or more"#,
                #"figures.xlsx: sheet "figures" cell E6: denominator "many" is not a number; expected a number greater than 0"#,
                #"figures.xlsx: sheet "figures" cell F7: value 6.1 does not match numerator 10 over denominator 2000, which gives 5.0 per 1,000 live births"#,
                #"figures.xlsx: sheet "figures" cell A8: a second row for E08000001, infant-mortality, 2014/15; the first is on row 2"#,
                #"figures.xlsx: sheet "figures" cell C9: period is empty; expected the period the figures cover"#,
                #"figures.xlsx: sheet "figures" cell E9: denominator is 0; expected a number greater than 0"#,
            ])
    }

    @Test func namesMissingColumns() throws {
        let error = try #require(throws: FileRejection.self) {
            try importer.read(Self.workbook([["locality", "indicator", "count"]]), fileName: "figures.csv")
        }
        #expect(
            error.description
                == #"figures.csv: sheet "figures" cell A1: missing columns "period", "numerator", "denominator"; expected a header row with locality, indicator, period, numerator, denominator (and optionally value)"#
        )
    }

    @Test func placesProblemsOnLinesForCSV() throws {
        let error = try #require(throws: FileRejection.self) {
            try importer.read(
                Self.workbook([
                    ["locality", "indicator", "period", "numerator", "denominator"],
                    ["Bury", "infant-mortality", "2014/15", "x", "10"],
                ]), fileName: "figures.csv", lineNumbers: true)
        }
        #expect(
            error.description
                == #"figures.csv: line 2: numerator "x" is not a number; expected a count of 0 or more"#)
    }

    @Test func allowsRoundingInTheGivenValue() {
        #expect(IndicatorImport.roundingAllowance("4.2") > 0.05)
        #expect(IndicatorImport.roundingAllowance("4.2") < 0.0501)
        #expect(IndicatorImport.roundingAllowance("13") > 0.5)
        #expect(IndicatorImport.rounded(4.16666, like: "4.17") == "4.17")
    }
}
