import Foundation
import Testing

@testable import SLIKit

@Suite("Catalog schema check")
struct SchemaErrorTests {
    @Test(arguments: [
        ("item-without-text", "templates/item-without-text.yaml line 10: item \"L7\" has no text"),
        (
            "unknown-key",
            "templates/unknown-key.yaml line 10: item \"L3\" has an unknown key \"proposedLeed\" "
                + "(expected id, text, role, proposedLead, source, weight or fromMarketPlace)"
        ),
        (
            "duplicate-item-id",
            "templates/duplicate-item-id.yaml line 13: item id \"L1\" is used twice (first at line 8)"
        ),
        (
            "sheet-name-too-long",
            "templates/sheet-name-too-long.yaml line 6: theme \"cdop\" name "
                + "\"Child Death Overview Panels and their annual reports\" is 52 characters long; "
                + "sheet names have at most 31"
        ),
        (
            "sheet-name-forbidden-character",
            "templates/sheet-name-forbidden-character.yaml line 6: theme \"smoking\" name \"Smoking/pregnancy\" "
                + "contains \"/\", which sheet names cannot contain (: \\ / ? * [ ])"
        ),
        (
            "weight-not-positive",
            "templates/weight-not-positive.yaml line 10: item \"L17\" weight 0 must be more than 0"
        ),
        (
            "scale-duplicate-value",
            "templates/scale-duplicate-value.yaml line 8: scale value 1 is used twice (first at line 7)"
        ),
        (
            "wrong-role",
            "templates/wrong-role.yaml line 9: item \"R1\" role \"regional\" must be assessed or tracked"
        ),
        (
            "id-mismatch",
            "templates/id-mismatch.yaml line 2: id \"nw-infant-mortality-2017\" does not match the file name "
                + "(expected \"id-mismatch\")"
        ),
        ("missing-version", "templates/missing-version.yaml line 1: framework \"missing-version\" has no version"),
        (
            "items-not-a-list",
            "templates/items-not-a-list.yaml line 7: theme \"co-sleeping\" items must be a list, found text"
        ),
        (
            "duplicate-theme-name",
            "templates/duplicate-theme-name.yaml line 10: theme name \"smoking in pregnancy\" is used twice "
                + "(first at line 5)"
        ),
        ("theme-without-items", "templates/theme-without-items.yaml line 5: theme \"deprivation\" has no items"),
        (
            "not-yaml",
            "templates/not-yaml.yaml line 10 column 1: not valid YAML: "
                + "found unexpected end of stream while scanning a quoted scalar"
        ),
        (
            "duplicate-key",
            "templates/duplicate-key.yaml line 9 column 9: not valid YAML: "
                + "key \"text\" appears more than once in the same mapping"
        ),
    ])
    func aBrokenFrameworkFileIsReportedWithItsLine(id: String, message: String) throws {
        let catalog = try RepositoryCatalog.fixtures()
        let error = try #require(throws: CatalogError.self) { try catalog.framework(id: id) }
        #expect(error.description == message)
    }

    @Test(arguments: [
        (
            "unknown-sub-region",
            "regions/unknown-sub-region.yaml line 7: locality \"Cumbria\" sub-region \"lancashire-and-cumbria\" "
                + "is not one of the region's sub-regions (greater-manchester)"
        ),
        (
            "bad-code",
            "regions/bad-code.yaml line 6: locality \"Bolton\" code \"E0800001\" is not an ONS code "
                + "(a letter and eight digits)"
        ),
        (
            "shared-alias",
            "regions/shared-alias.yaml line 9: locality \"Cheshire West and Chester\" has a name or alias that "
                + "\"Cheshire East\" already uses (line 6)"
        ),
    ])
    func aBrokenRegionFileIsReportedWithItsLine(id: String, message: String) throws {
        let catalog = try RepositoryCatalog.fixtures()
        let error = try #require(throws: CatalogError.self) { try catalog.region(id: id) }
        #expect(error.description == message)
    }

    @Test func theSmallestFrameworkTakesTheDefaults() throws {
        let framework = try RepositoryCatalog.fixtures().framework(id: "minimal")
        let item = try #require(framework.item(id: "Q1")?.item)
        #expect(item == Item(id: "Q1", text: "Is there a plan?"))
        #expect(framework.scale == .standard)
        #expect(framework.statements.isEmpty)
        #expect(framework.source == nil)
    }

    @Test func anUnknownFrameworkListsTheKnownOnes() throws {
        let catalog = try RepositoryCatalog.fixtures()
        let error = try #require(throws: CatalogError.self) { try catalog.framework(id: "nw-infant-mortality") }
        let folder = catalog.directory.appendingPathComponent("templates").path
        #expect(
            error.description
                == "no framework \"nw-infant-mortality\" in \(folder) (known: \(try catalog.frameworkIDs().joined(separator: ", ")))"
        )
        #expect(try catalog.frameworkIDs().first == "duplicate-item-id")
    }

    @Test func anUnknownRegionSaysWhenThereAreNone() throws {
        let empty = Catalog(directory: URL(fileURLWithPath: "/nonexistent-sli-catalog"))
        let error = try #require(throws: CatalogError.self) { try empty.region(id: "north-west") }
        #expect(error.description == "no region \"north-west\" in /nonexistent-sli-catalog/regions (there are none)")
    }

    @Test func aProposedLeadListIsKeptInOrder() throws {
        let yaml = """
            id: leads
            version: "1"
            title: Leads
            themes:
              - id: t
                name: T
                items:
                  - { id: R1, role: tracked, text: Share, proposedLead: [First body, Second body], weight: 2.5 }
            """
        let item = try #require(try Framework(yaml: yaml, file: "leads.yaml").item(id: "R1")?.item)
        #expect(item.proposedLead == "First body; Second body")
        #expect(item.role == .tracked)
        #expect(item.weight == 2.5)
    }
}
