import Foundation
import SLIKit
import Testing

/// What `sli` does with hostile files, names and stores: a refusal in one line of words, a non-zero exit
/// status, nothing written outside the folder it was given.
@Suite("sli with hostile input")
struct HostileCommandTests {
    let directory: URL
    var store: String { directory.appendingPathComponent("sli.sqlite").path }

    init() throws {
        directory = FileManager.default.temporaryDirectory.appendingPathComponent("sli-hostile-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
    }

    func run(_ arguments: [String]) throws -> CommandRunner.Output {
        try CommandRunner.run(
            arguments, in: directory, environment: ["SLI_HOME": CatalogCommandTests.root.path, "SLI_STORE": store])
    }

    func createCycle(_ name: String = "nw-2016") throws -> CommandRunner.Output {
        try run([
            "cycle", "create", "--name", name, "--region", "north-west", "--framework", "nw-infant-mortality-2016",
        ])
    }

    /// A zip package from the hostile fixtures, copied into the test's folder.
    func hostile(_ name: String) throws -> String {
        let root = CatalogCommandTests.root.appendingPathComponent("Tests/SLIKitTests/Fixtures/hostile")
        try FileManager.default.copyItem(
            at: root.appendingPathComponent(name), to: directory.appendingPathComponent(name))
        return name
    }

    @Test(arguments: ["../../../escape", "a/b", "", " leading space", ".hidden"])
    func refusesACycleNameThatCannotBeAFileName(name: String) throws {
        let created = try createCycle(name)
        #expect(created.status == 1)
        #expect(
            created.standardError
                == "Error: \"\(name)\" cannot name a cycle (expected 1 to 100 letters, digits, spaces, dots, dashes"
                + " or underscores, beginning with a letter or digit, such as nw-2016)\n")
    }

    @Test func refusesAnEmptyStoreOptionAndAFolderAsStore() throws {
        let empty = try run(["cycle", "list", "--store", ""])
        #expect(empty.status != 0)
        #expect(empty.standardError.hasPrefix("Error: --store needs a path to a store file (it was empty)\n"))
        let folder = try run(["cycle", "list", "--store", directory.path])
        #expect(folder.status == 1)
        #expect(folder.standardError == "Error: \(directory.path): not an sli store (it is a folder, not a file)\n")
    }

    @Test func refusesAZipWhoseOffsetsPointPastItsEndInEveryCommand() throws {
        #expect(try createCycle().status == 0)
        let file = try hostile("offset-past-end.xlsx")
        let message =
            "xl/worksheets/sheet1.xml: the part's bytes lie outside the file or inside the central directory"
            + " (a damaged file?)"
        let ingest = try run(["ingest", "--cycle", "nw-2016", file])
        #expect(ingest.status == 1)
        #expect(ingest.standardOutput.contains("offset-past-end.xlsx: \(message)"))
        let validate = try run(["validate", file])
        #expect(validate.status == 1)
        #expect(validate.standardOutput.contains(message))
        let inspect = try run(["inspect", file])
        #expect(inspect.status == 1)
        #expect(inspect.standardError == "sli: offset-past-end.xlsx: \(message)\n")
    }

    @Test func refusesToPrintAFarCellAsCSV() throws {
        let text = """
            <?xml version="1.0"?>
            <Workbook xmlns="urn:schemas-microsoft-com:office:spreadsheet" \
            xmlns:ss="urn:schemas-microsoft-com:office:spreadsheet">
            <Worksheet ss:Name="Far"><Table><Row ss:Index="1048576"><Cell ss:Index="16384"><Data \
            ss:Type="String">x</Data></Cell></Row></Table></Worksheet>
            </Workbook>
            """
        try Data(text.utf8).write(to: directory.appendingPathComponent("far.xml"))
        let output = try run(["inspect", "--format", "csv", "far.xml"])
        #expect(output.status == 1)
        #expect(output.standardOutput.isEmpty)
        #expect(
            output.standardError
                == "sli: far.xml: sheet \"Far\": the sheet spans A1:XFD1048576, 17179869184 cells as CSV, more than the"
                + " 10000000 printed (print its cells one by one with --format jsonl)\n")
    }

    @Test func aPublishedCycleTakesNoMarketPlaceEntriesAndLosesNone() throws {
        #expect(try createCycle().status == 0)
        #expect(try run(["cycle", "publish", "nw-2016", "--yes"]).status == 0)
        let added = try run([
            "market", "add", "--cycle", "nw-2016", "--kind", "request", "--locality", "bolton", "--theme", "cdop",
            "--title", "Panels",
        ])
        #expect(added.status == 1)
        #expect(
            added.standardError
                == "Error: cycle \"nw-2016\" is published: its Market Place is frozen and no offer or request can be"
                + " added or removed\n")
        let removed = try run(["market", "remove", "--cycle", "nw-2016", "--locality", "bolton", "--title", "Panels"])
        #expect(removed.status == 1)
        #expect(removed.standardError == added.standardError)
    }

    /// Like the fuzzer's `ods-content` timeout: 300 rows of one cell repeated 16,000 times, 4.8 million cells
    /// from a 700-byte file. A table imported whole is held to `ReadLimits.table` and refused at the cell
    /// that passes it, before the rest is built.
    @Test(arguments: [
        ["indicators", "import", "--cycle", "nw-2016"], ["market", "import", "--cycle", "nw-2016"],
        ["recommendations", "import", "--cycle", "nw-2016"],
        ["actions", "import", "--cycle", "nw-2016", "--locality", "bolton"],
    ])
    func refusesATableImportFarBeyondAnyTable(command: [String]) throws {
        #expect(try createCycle().status == 0)
        let cell =
            #"<table:table-cell table:number-columns-repeated="16000" office:value-type="string"><text:p>X</text:p>"#
            + "</table:table-cell>"
        let text = """
            <?xml version="1.0"?><office:document \
            xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" \
            xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" \
            xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"><office:body><office:spreadsheet>\
            <table:table table:name="Data"><table:table-row table:number-rows-repeated="300">\
            \(cell)</table:table-row></table:table></office:spreadsheet></office:body></office:document>
            """
        try Data(text.utf8).write(to: directory.appendingPathComponent("wide.fods"))
        let output = try run(command + ["wide.fods"])
        #expect(output.status == 1)
        #expect(
            output.standardError
                == "Error: wide.fods: sheet \"Data\" line 1:459: the workbook has more than 250000 non-empty cells"
                + " (the limit)\n")
    }
}
