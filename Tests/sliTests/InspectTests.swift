import Foundation
import Testing

@Suite("sli inspect")
struct InspectTests {
    /// A scratch folder holding `name` with `contents`.
    private func file(_ name: String, _ contents: String) throws -> URL {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("sli-inspect-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let url = folder.appendingPathComponent(name)
        try Data(contents.utf8).write(to: url)
        return url
    }

    private let workbook = """
        <?xml version="1.0"?>
        <Workbook xmlns="urn:schemas-microsoft-com:office:spreadsheet" \
        xmlns:ss="urn:schemas-microsoft-com:office:spreadsheet">
        <Worksheet ss:Name="Data"><Table>
        <Row><Cell><Data ss:Type="String">Locality</Data></Cell><Cell><Data ss:Type="String">Rating</Data></Cell></Row>
        <Row><Cell><Data ss:Type="String">Bolton, "North"</Data></Cell><Cell><Data ss:Type="Number">0.5</Data></Cell>\
        <Cell><Data ss:Type="Boolean">1</Data></Cell></Row>
        <Row><Cell ss:MergeAcross="1"><Data ss:Type="DateTime">2016-03-01T00:00:00.000</Data></Cell>\
        <Cell><Data ss:Type="Error">#N/A</Data></Cell></Row>
        </Table></Worksheet>
        <Worksheet ss:Name="Notes"/>
        </Workbook>
        """

    @Test func summarisesEachSheet() throws {
        let output = try CommandRunner.run(["inspect", file("Bolton.xml", workbook).path])
        #expect(output.status == 0)
        #expect(
            output.standardOutput == """
                format: SpreadsheetML 2003
                sheets: 2
                sheet 1 "Data": A1:C3, 7 cells, 1 merged range
                sheet 2 "Notes": empty

                """)
    }

    @Test func printsOneJSONObjectPerCell() throws {
        let output = try CommandRunner.run(["inspect", file("Bolton.xml", workbook).path, "--format", "jsonl"])
        #expect(output.status == 0)
        #expect(
            output.standardOutput == """
                {"sheet": "Data", "ref": "A1", "type": "string", "value": "Locality"}
                {"sheet": "Data", "ref": "B1", "type": "string", "value": "Rating"}
                {"sheet": "Data", "ref": "A2", "type": "string", "value": "Bolton, \\"North\\""}
                {"sheet": "Data", "ref": "B2", "type": "number", "value": 0.5}
                {"sheet": "Data", "ref": "C2", "type": "boolean", "value": true}
                {"sheet": "Data", "ref": "A3", "type": "date", "value": "2016-03-01"}
                {"sheet": "Data", "ref": "C3", "type": "error", "value": "#N/A"}

                """)
    }

    @Test func printsOneSheetAsCSV() throws {
        let url = try file("Bolton.xml", workbook)
        let output = try CommandRunner.run(["inspect", url.path, "--format", "csv", "--sheet", "Data"])
        #expect(output.status == 0)
        #expect(output.standardOutput == "Locality,Rating,\n\"Bolton, \"\"North\"\"\",0.5,TRUE\n2016-03-01,,#N/A\n")
    }

    @Test func refusesRowsOutOfOrderInEveryFormat() throws {
        let url = try file(
            "Shuffled.xml",
            """
            <?xml version="1.0"?>
            <Workbook xmlns="urn:schemas-microsoft-com:office:spreadsheet" \
            xmlns:ss="urn:schemas-microsoft-com:office:spreadsheet">
            <Worksheet ss:Name="Data"><Table>
            <Row ss:Index="2"><Cell ss:Index="2"><Data ss:Type="Number">4</Data></Cell></Row>
            <Row ss:Index="1"><Cell><Data ss:Type="Number">1</Data></Cell><Cell ss:Formula="=1+1"/></Row>
            <Row ss:Index="3"><Cell><Data ss:Type="Number">5</Data></Cell></Row>
            </Table></Worksheet>
            </Workbook>
            """)
        for format in ["text", "jsonl", "csv"] {
            let output = try CommandRunner.run(["inspect", url.path, "--format", format])
            #expect(output.status == 1)
            #expect(output.standardOutput == "")
            #expect(
                output.standardError
                    == "sli: Shuffled.xml: sheet \"Data\" line 5:18: ss:Index=\"1\" puts the row at or before the one"
                    + " before it (expected each row once, in order)\n")
        }
    }

    @Test func printsAGapOfEmptyRowsInCSV() throws {
        let url = try file(
            "Gaps.xml",
            """
            <?xml version="1.0"?>
            <Workbook xmlns="urn:schemas-microsoft-com:office:spreadsheet" \
            xmlns:ss="urn:schemas-microsoft-com:office:spreadsheet">
            <Worksheet ss:Name="Data"><Table>
            <Row ss:Index="2"><Cell ss:Index="3"><Data ss:Type="String">a,b</Data></Cell></Row>
            <Row ss:Index="4"><Cell><Data ss:Type="Number">1</Data></Cell></Row>
            </Table></Worksheet>
            </Workbook>
            """)
        let csv = try CommandRunner.run(["inspect", url.path, "--format", "csv"])
        #expect(csv.standardOutput == ",,\n,,\"a,b\"\n,,\n1,,\n")
    }

    @Test func failsWithAMessageForAMissingSheet() throws {
        let url = try file("Bolton.xml", workbook)
        let output = try CommandRunner.run(["inspect", url.path, "--format", "csv", "--sheet", "Nope"])
        #expect(output.status == 1)
        #expect(
            output.standardError
                == "sli: Bolton.xml: there is no sheet named \"Nope\" (the sheets are \"Data\", \"Notes\")\n")
    }

    @Test func failsWithAMessageForAHostileFile() throws {
        let url = try file(
            "Bolton.xml", "<?xml version=\"1.0\"?>\n<!DOCTYPE x SYSTEM \"http://example.com/x.dtd\">\n<x/>")
        let output = try CommandRunner.run(["inspect", url.path])
        #expect(output.status == 1)
        #expect(output.standardOutput.isEmpty)
        #expect(
            output.standardError
                == "sli: Bolton.xml: line 2:46: document type declarations are not allowed (a spreadsheet has none)\n")
    }

    @Test func readsCSV() throws {
        let output = try CommandRunner.run(["inspect", file("rates.csv", "area,rate\nBolton,4.2\n").path])
        #expect(output.status == 0)
        #expect(output.standardOutput == "format: CSV\nsheets: 1\nsheet 1 \"rates\": A1:B2, 4 cells\n")
    }
}
