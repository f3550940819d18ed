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

    /// A flat OpenDocument file whose sheet `name` holds `rows`.
    private func fods(_ name: String, sheet: String = "Data", _ rows: String) throws -> URL {
        try file(
            name,
            """
            <?xml version="1.0"?><office:document \
            xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" \
            xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" \
            xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"><office:body><office:spreadsheet>\
            <table:table table:name="\(sheet)">\(rows)</table:table></office:spreadsheet></office:body></office:document>
            """)
    }

    @Test func printsRepeatedCellsAndRowsInEveryFormat() throws {
        let url = try fods(
            "Repeated.fods",
            """
            <table:table-row table:number-rows-repeated="2"><table:table-cell/>\
            <table:table-cell table:number-columns-repeated="3" office:value-type="float" office:value="-2.5"/>\
            </table:table-row><table:table-row><table:table-cell table:number-columns-repeated="2" \
            office:value-type="string"><text:p>a,"b"</text:p></table:table-cell></table:table-row>
            """)
        let summary = try CommandRunner.run(["inspect", url.path])
        #expect(summary.standardOutput == "format: flat ODS (FODS)\nsheets: 1\nsheet 1 \"Data\": A1:D3, 8 cells\n")
        let csv = try CommandRunner.run(["inspect", url.path, "--format", "csv"])
        #expect(csv.status == 0)
        #expect(csv.standardOutput == ",-2.5,-2.5,-2.5\n,-2.5,-2.5,-2.5\n\"a,\"\"b\"\"\",\"a,\"\"b\"\"\",,\n")
        let jsonl = try CommandRunner.run(["inspect", url.path, "--format", "jsonl"])
        #expect(jsonl.status == 0)
        #expect(
            jsonl.standardOutput == """
                {"sheet": "Data", "ref": "B1", "type": "number", "value": -2.5}
                {"sheet": "Data", "ref": "C1", "type": "number", "value": -2.5}
                {"sheet": "Data", "ref": "D1", "type": "number", "value": -2.5}
                {"sheet": "Data", "ref": "B2", "type": "number", "value": -2.5}
                {"sheet": "Data", "ref": "C2", "type": "number", "value": -2.5}
                {"sheet": "Data", "ref": "D2", "type": "number", "value": -2.5}
                {"sheet": "Data", "ref": "A3", "type": "string", "value": "a,\\"b\\""}
                {"sheet": "Data", "ref": "B3", "type": "string", "value": "a,\\"b\\""}

                """)
    }

    @Test func escapesControlCharactersAndPrintsFarReferencesInJSONLines() throws {
        let url = try fods(
            "Far.fods", sheet: "Q&quot;1",
            """
            <table:table-row table:number-rows-repeated="99"><table:table-cell/></table:table-row>\
            <table:table-row><table:table-cell table:number-columns-repeated="701"/><table:table-cell \
            office:value-type="string"><text:p>tab&#9;cr&#13;\\<text:line-break/>é</text:p></table:table-cell>\
            <table:table-cell office:value-type="float" office:value="1234567890123"/></table:table-row>
            """)
        let jsonl = try CommandRunner.run(["inspect", url.path, "--format", "jsonl"])
        #expect(jsonl.status == 0)
        #expect(
            jsonl.standardOutput == """
                {"sheet": "Q\\"1", "ref": "ZZ100", "type": "string", "value": "tab\\tcr\\r\\\\\\né"}
                {"sheet": "Q\\"1", "ref": "AAA100", "type": "number", "value": 1234567890123}

                """)
    }

    @Test func escapesOtherControlCharactersAsCodesInJSONLines() throws {
        let jsonl = try CommandRunner.run(["inspect", file("codes.csv", "x\u{01}y\u{1F}\n").path, "--format", "jsonl"])
        #expect(
            jsonl.standardOutput == #"{"sheet": "codes", "ref": "A1", "type": "string", "value": "x\u0001y\u001f"}"#
                + "\n")
    }

    @Test func stopsPrintingAFileBeyondTheOutputCap() throws {
        // A sheet name of 1 MB, printed in each of 600 lines: 600 MB of JSON lines from a 1 MB file.
        let name = String(repeating: "n", count: 1 << 20)
        let url = try fods(
            "Names.fods", sheet: name,
            #"<table:table-row><table:table-cell table:number-columns-repeated="600" office:value-type="float" "#
                + #"office:value="1"/></table:table-row>"#)
        let output = try CommandRunner.run(["inspect", url.path, "--format", "jsonl"], discardingOutput: true)
        #expect(output.status == 1)
        #expect(
            output.standardError
                == "sli: Names.fods: the output would be larger than 512 MiB, the most inspect prints for one file\n")
    }
}
