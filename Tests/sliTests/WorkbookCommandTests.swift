import Foundation
import SLIKit
import SpreadsheetKit
import Testing

@Suite("sli template and sli validate")
struct WorkbookCommandTests {
    private static func scratch() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("sli-workbook-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    /// Bolton's 2016 workbook with every item rated 3 and given evidence, written as `format`.
    private static func filledWorkbook(
        in folder: URL, format: SpreadsheetFormat, change: (inout WorkbookDraft, WorkbookFiller) -> Void = { _, _ in }
    ) throws -> URL {
        let catalog = Catalog(directory: CatalogCommandTests.root)
        let framework = try catalog.framework(id: "nw-infant-mortality-2016")
        let region = try catalog.region(id: "north-west")
        let bolton = try region.resolveLocality("Bolton")
        let answers = framework.themes.flatMap { theme in
            theme.assessedItems.map {
                Answer(itemID: $0.id, themeID: theme.id, rating: .level(3), evidence: "Audited in 2016", source: "")
            }
        }
        let assessment = SelfAssessment(
            frameworkID: framework.id, frameworkVersion: framework.version, localityCode: bolton.code,
            answers: answers, contributors: ["Public health", "police"])
        let filler = WorkbookFiller(framework: framework)
        var draft = try filler.fill(
            WorkbookTemplate(framework: framework, region: region).render(for: bolton), with: assessment)
        change(&draft, filler)
        let url = folder.appendingPathComponent("Bolton.\(format.fileExtension)")
        try SpreadsheetWriter.write(draft, format: format, to: url)
        return url
    }

    @Test func templateWritesAWorkbookForEveryLocality() throws {
        let folder = try Self.scratch()
        defer { try? FileManager.default.removeItem(at: folder) }
        let output = try CommandRunner.run([
            "template", "--framework", "nw-infant-mortality-2016", "--region", "north-west", "--all", "--format",
            "fods",
            "--out", folder.path, "--deadline", "2016-09-30", "--contact", "Network lead, nw@example.org",
        ])
        #expect(output.status == 0)
        #expect(output.standardOutput.hasSuffix("23 workbooks for North West England\n"))
        let files = try FileManager.default.contentsOfDirectory(atPath: folder.path)
        #expect(files.count == 23)
        #expect(files.contains("St Helens.fods"))
    }

    @Test(arguments: ["xml", "xlsx", "fods"])
    func templateWritesTheSameBytesOnEveryRun(format: String) throws {
        let folder = try Self.scratch()
        defer { try? FileManager.default.removeItem(at: folder) }
        var files: [Data] = []
        for run in ["first", "second"] {
            let output = try CommandRunner.run([
                "template", "--framework", "nw-infant-mortality-2016", "--region", "north-west", "--locality", "Wigan",
                "--format", format, "--out", folder.appendingPathComponent(run).path,
            ])
            #expect(output.status == 0)
            files.append(try Data(contentsOf: folder.appendingPathComponent("\(run)/Wigan.\(format)")))
        }
        #expect(files[0] == files[1])
    }

    @Test func templateSuggestsTheClosestLocality() throws {
        let output = try CommandRunner.run([
            "template", "--framework", "nw-infant-mortality-2016", "--region", "north-west", "--locality", "Boltn",
            "--format", "xlsx", "--out", FileManager.default.temporaryDirectory.path,
        ])
        #expect(output.status != 0)
        #expect(output.standardError == "sli: no locality \"Boltn\" in North West England; did you mean Bolton?\n")
    }

    @Test func validateListsEveryMissingRatingOfABlankWorkbook() throws {
        let folder = try Self.scratch()
        defer { try? FileManager.default.removeItem(at: folder) }
        let template = try CommandRunner.run([
            "template", "--framework", "nw-infant-mortality-2016", "--region", "north-west", "--locality", "bolton",
            "--format", "xml", "--out", folder.path,
        ])
        #expect(template.status == 0)
        let output = try CommandRunner.run(["validate", folder.appendingPathComponent("Bolton.xml").path])
        #expect(output.status != 0)
        let lines = output.standardOutput.split(separator: "\n").map(String.init)
        #expect(lines.count == 25)
        #expect(
            lines.first
                == #"error: Bolton.xml: sheet "Child Death Overview Panel" cell D6: item L1 has no rating; pick one of 0-4 (or N/A) from the list"#
        )
        #expect(lines.filter { $0.hasPrefix("error: ") }.count == 22)
        #expect(
            lines.suffix(2) == ["Bolton.xml: not accepted: 22 errors to fix", "1 file: 0 accepted, 1 not accepted"])
    }

    @Test func validateAcceptsAFilledWorkbookAndTracesEveryAnswerToItsCell() throws {
        let folder = try Self.scratch()
        defer { try? FileManager.default.removeItem(at: folder) }
        let url = try Self.filledWorkbook(in: folder, format: .xlsx)
        let text = try CommandRunner.run(["validate", url.path])
        #expect(text.status == 0)
        #expect(
            text.standardOutput
                == "Bolton.xlsx: accepted: E08000001, 22 answers, 2 contributors, 0 Market Place entries\n"
                + "1 file: 1 accepted, 0 not accepted\n")
        let json = try CommandRunner.run(["validate", "--format", "json", url.path])
        #expect(json.status == 0)
        let root = try #require(
            try JSONSerialization.jsonObject(with: Data(json.standardOutput.utf8)) as? [String: Any])
        let file = try #require((root["files"] as? [[String: Any]])?.first)
        #expect(file["accepted"] as? Bool == true)
        let assessment = try #require(file["assessment"] as? [String: Any])
        let answers = try #require(assessment["answers"] as? [[String: Any]])
        #expect(answers.count == 22)
        #expect(answers.first?["source"] as? String == "Child Death Overview Panel!D6")
        #expect(answers.first?["rating"] as? Int == 3)
        #expect(assessment["contributors"] as? [String] == ["Public health", "Police"])
    }

    @Test func validateReportsARatingOffTheScaleInTextAndJSON() throws {
        let folder = try Self.scratch()
        defer { try? FileManager.default.removeItem(at: folder) }
        let url = try Self.filledWorkbook(in: folder, format: .spreadsheetML) { draft, filler in
            guard let (sheet, cell) = filler.cell(itemID: "L2", column: .rating) else { return }
            draft[sheet: sheet]?.set(.string("7"), at: cell)
        }
        let text = try CommandRunner.run(["validate", url.path])
        #expect(text.status != 0)
        #expect(
            text.standardOutput
                == #"error: Bolton.xml: sheet "Child Death Overview Panel" cell D7: rating "7" is not on the scale 0-4 (or N/A)"#
                + "\nBolton.xml: not accepted: 1 error to fix\n1 file: 0 accepted, 1 not accepted\n")
        let json = try CommandRunner.run([
            "validate", "--format", "json", "--framework", "nw-infant-mortality-2016", url.path,
        ])
        #expect(json.status != 0)
        #expect(
            json.standardOutput.contains(
                #"{"file": "Bolton.xml", "sheet": "Child Death Overview Panel", "cell": "D7", "severity": "error", "message": "rating \"7\" is not on the scale 0-4 (or N/A)"}"#
            ))
        #expect(json.standardOutput.contains(#""accepted": false,"#))
    }

    @Test func validateSaysWhichSheetIsMissing() throws {
        let folder = try Self.scratch()
        defer { try? FileManager.default.removeItem(at: folder) }
        let url = try Self.filledWorkbook(in: folder, format: .fods) { draft, _ in
            draft.sheets.removeAll { $0.name == "Deprivation" }
        }
        let output = try CommandRunner.run(["validate", url.path])
        #expect(output.status != 0)
        #expect(
            output.standardOutput.hasPrefix(
                #"error: Bolton.fods: sheet "Deprivation": this sheet is missing from the workbook; it should hold item L22, so put it back from the workbook you were sent"#
                    + "\n"))
    }

    @Test func validateNamesAFileItCannotRead() throws {
        let folder = try Self.scratch()
        defer { try? FileManager.default.removeItem(at: folder) }
        let url = folder.appendingPathComponent("notes.xlsx")
        try Data("not a workbook".utf8).write(to: url)
        let output = try CommandRunner.run(["validate", url.path])
        #expect(output.status != 0)
        #expect(output.standardOutput.hasPrefix("error: notes.xlsx: "))
    }
}
