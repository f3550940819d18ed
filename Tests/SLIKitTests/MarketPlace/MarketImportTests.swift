import Testing

@testable import SLIKit
@testable import SpreadsheetKit

@Suite("MarketImport")
struct MarketImportTests {
    struct UnknownLocality: Error, CustomStringConvertible {
        var text: String
        var description: String { "locality \"\(text)\" is not in the region" }
    }

    static let localities = [
        Locality(code: "E08000001", name: "Bolton", subRegion: "gm"),
        Locality(code: "E08000012", name: "Liverpool", subRegion: "cm"),
    ]

    static let importer = MarketImport(
        themes: [
            Theme(id: "co-sleeping", name: "Co-sleeping", items: [Item(id: "L7", text: "safe sleep")]),
            Theme(id: "smoking", name: "Smoking in pregnancy", items: []),
        ],
        resolveLocality: { text in
            guard
                let locality = localities.first(where: { $0.code == text || $0.name.lowercased() == text.lowercased() })
            else { throw UnknownLocality(text: text) }
            return locality
        })

    static func sheet(_ rows: [[String]], name: String = "offers") -> Workbook {
        var sheet = Sheet(name: name)
        for (row, values) in rows.enumerated() {
            for (column, value) in values.enumerated() where !value.isEmpty {
                sheet[CellReference(row: row, column: column)] =
                    Double(value).map { CellValue.number($0) } ?? .string(value)
            }
        }
        return Workbook(sheets: [sheet])
    }

    @Test func readsRowsWithHeadersInAnyCaseAndOrder() throws {
        let workbook = Self.sheet([
            ["Title", "KIND", "Locality", "Theme", "Item", "Capacity"],
            ["Safe sleep training", "Offer", "bolton", "Co-sleeping", "l7", "2"],
            ["Quit support", "request", "E08000012", "smoking", "", ""],
            ["", "", "", "", "", ""],
        ])
        let entries = try Self.importer.entries(from: workbook, fileName: "market.csv", isText: true)
        #expect(
            entries == [
                MarketPlaceEntry(
                    kind: .offer, localityCode: "E08000001", themeID: "co-sleeping", itemID: "L7",
                    title: "Safe sleep training", capacity: 2, source: "market.csv line 2"),
                MarketPlaceEntry(
                    kind: .request, localityCode: "E08000012", themeID: "smoking", title: "Quit support",
                    source: "market.csv line 3"),
            ])
    }

    @Test func reportsEveryBadRowAndImportsNothing() {
        let workbook = Self.sheet([
            ["kind", "locality", "theme", "item", "title", "description", "capacity"],
            ["offer", "Bolton", "smoking", "", "Fine", "", ""],
            ["gift", "Boltn", "housing", "", "", "", ""],
            ["offer", "Bolton", "co-sleeping", "L9", "Talk", "", "0"],
        ])
        #expect {
            try Self.importer.entries(from: workbook, fileName: "market.xml", isText: false)
        } throws: { error in
            (error as? FileRejection)?.description == """
                market.xml: sheet "offers" cell A3: kind "gift" is not offer or request
                market.xml: sheet "offers" cell B3: locality "Boltn" is not in the region
                market.xml: sheet "offers" cell C3: theme "housing" is not in the framework (expected one of: co-sleeping, smoking)
                market.xml: sheet "offers" cell E3: title is empty
                market.xml: sheet "offers" cell D4: item "L9" is not in theme "co-sleeping"
                market.xml: sheet "offers" cell G4: capacity "0" is not a whole number from 1 to 100
                """
        }
    }

    @Test func namesMissingColumns() {
        let workbook = Self.sheet([["kind", "town", "theme"], ["offer", "Bolton", "smoking"]], name: "market")
        #expect {
            try Self.importer.entries(from: workbook, fileName: "market.csv", isText: true)
        } throws: { error in
            (error as? MarketPlaceError)?.description
                == "market.csv: sheet \"market\": header row lacks the column(s) locality, title; "
                + "expected kind,locality,theme,item,title,description,capacity"
        }
        #expect(throws: MarketPlaceError.emptyFile(file: "empty.csv")) {
            try Self.importer.entries(
                from: Workbook(sheets: [Sheet(name: "empty")]), fileName: "empty.csv", isText: true)
        }
    }
}
