import Foundation
import Testing

@Suite("sli catalog")
struct CatalogCommandTests {
    /// The repository root, which holds the shipped `templates/` and `regions/`.
    static var root: URL {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent()
    }

    /// Runs `sli` on the shipped catalog; the output comes with its standard output split into lines.
    static func run(_ arguments: [String]) throws -> (output: CommandRunner.Output, lines: [String]) {
        let output = try CommandRunner.run(arguments, environment: ["SLI_HOME": root.path])
        return (output, output.standardOutput.split(separator: "\n").map(String.init))
    }

    @Test func listsFrameworksAndRegionsWithCounts() throws {
        let (output, lines) = try Self.run(["catalog", "list"])
        #expect(output.status == 0)
        #expect(output.standardError == "")
        #expect(
            lines.contains(
                "  nw-infant-mortality-2016: 7 themes, 22 assessed items, 30 tracked items, 6 statements"))
        #expect(
            lines.contains(
                "  nst-infant-mortality-2011: 15 themes, 142 assessed items, 16 tracked items, 0 statements"))
        #expect(lines.contains("  north-west: North West England, 23 localities in 3 sub-regions"))
    }

    @Test func showsARegionBySubRegion() throws {
        let (output, lines) = try Self.run(["catalog", "show", "north-west"])
        #expect(output.status == 0)
        #expect(lines.first == "north-west: North West England (E12000002)")
        #expect(lines.contains("Greater Manchester (greater-manchester): 10 localities"))
        #expect(lines.contains("Cheshire and Merseyside (cheshire-and-merseyside): 9 localities"))
        #expect(lines.contains("Lancashire and Cumbria (lancashire-and-cumbria): 4 localities"))
        #expect(lines.contains("  E08000013 St Helens (also St. Helens, Saint Helens)"))
    }

    @Test func showsAFrameworkByTheme() throws {
        let (output, lines) = try Self.run(["catalog", "show", "nw-infant-mortality-2016"])
        #expect(output.status == 0)
        #expect(
            lines.first == "nw-infant-mortality-2016 version 2016: North West Sector Led Improvement: Infant Mortality")
        #expect(lines.contains("Co-sleeping (co-sleeping): 1 assessed, 4 tracked"))
        #expect(
            lines.contains(
                "  R12 [tracked] Task and finish group to examine the multi-agency drug/alcohol/mental health/domestic abuse screening tool developed by Cheshire East to see if this would be useful to implement across the regions. (from the Market Place)"
            ))
    }

    @Test func anUnknownIDNamesWhatThereIs() throws {
        let output = try Self.run(["catalog", "show", "south-west"]).output
        #expect(output.status != 0)
        #expect(output.standardError.contains("no framework or region \"south-west\""))
        #expect(output.standardError.contains("regions: north-west"))
    }

    @Test func listReportsEveryBrokenFileAndFails() throws {
        let fixtures = Self.root.appendingPathComponent("Tests/SLIKitTests/Fixtures/Catalog")
        let output = try CommandRunner.run(["catalog", "list"], environment: ["SLI_HOME": fixtures.path])
        #expect(output.status != 0)
        let errors = output.standardError.split(separator: "\n").map(String.init)
        #expect(errors.contains("error: templates/item-without-text.yaml line 10: item \"L7\" has no text"))
        #expect(
            errors.contains(
                "error: regions/bad-code.yaml line 6: locality \"Bolton\" code \"E0800001\" is not an ONS code "
                    + "(a letter and eight digits)"))
        #expect(output.standardOutput.contains("  minimal: 1 theme, 1 assessed item, 0 tracked items, 0 statements"))
    }
}
