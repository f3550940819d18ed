import Foundation
import Testing

@testable import SLIKit
@testable import SpreadsheetKit

/// Render, fill, write, (convert with LibreOffice,) read and decode: the same self-assessment every way.
@Suite("Workbook round trip")
struct WorkbookRoundTripTests {
    /// The conversions LibreOffice 7.4 makes of the rendered workbooks, as `source-target` pairs.
    ///
    /// LibreOffice cannot save as SpreadsheetML 2003 a workbook it imported from an XLSX file it did not
    /// write itself (even a one-cell file made by openpyxl fails), so `xlsx-xml` is the one pair left out.
    static let conversions: [(from: SpreadsheetFormat, to: SpreadsheetFormat)] = [
        (.spreadsheetML, .xlsx), (.spreadsheetML, .fods), (.spreadsheetML, .ods), (.xlsx, .fods), (.xlsx, .ods),
        (.fods, .xlsx), (.fods, .spreadsheetML), (.fods, .ods),
    ]

    /// The committed conversions: `Bolton-<source>.<target>`.
    static let fixtures = conversions.map { "Bolton-\($0.from.fileExtension).\($0.to.fileExtension)" }

    @Test(arguments: SpreadsheetWriter.writableFormats)
    func readsBackWhatWasWritten(format: SpreadsheetFormat) throws {
        let draft = try SampleCycle.filledDraft()
        let data = try SpreadsheetWriter.data(for: draft, format: format)
        let read = try SpreadsheetReader.read(data: data, fileName: "Bolton.\(format.fileExtension)")
        #expect(read.format == format)
        #expect(read.workbook == draft.workbook)
        let decoding = SampleCycle.decoder.decode(read.workbook, fileName: "Bolton.\(format.fileExtension)")
        #expect(decoding.problems.isEmpty)
        #expect(decoding.assessment == SampleCycle.assessment)
    }

    @Test(arguments: fixtures)
    func decodesWorkbooksLibreOfficeConverted(fixture: String) throws {
        let url = try #require(
            Bundle.module.url(forResource: fixture, withExtension: nil, subdirectory: "Fixtures/Assessment"))
        let read = try SpreadsheetReader.read(contentsOf: url)
        let decoding = SampleCycle.decoder.decode(read.workbook, fileName: fixture)
        #expect(decoding.problems.isEmpty)
        #expect(decoding.assessment == SampleCycle.assessment)
    }

    /// Converts freshly rendered workbooks; set `SLI_RECORD_FIXTURES=1` to refresh the committed ones.
    @Test(.enabled(if: LibreOffice.isAvailable, "LibreOffice (soffice) is not installed"))
    func decodesFreshLibreOfficeConversions() throws {
        let scratch = FileManager.default.temporaryDirectory.appendingPathComponent(
            "sli-round-trip-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: scratch, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: scratch) }
        let draft = try SampleCycle.filledDraft()
        var sources: [SpreadsheetFormat: URL] = [:]
        for format in SpreadsheetWriter.writableFormats {
            let url = scratch.appendingPathComponent("Bolton-\(format.fileExtension).\(format.fileExtension)")
            try SpreadsheetWriter.write(draft, format: format, to: url)
            sources[format] = url
        }
        let record = ProcessInfo.processInfo.environment["SLI_RECORD_FIXTURES"] == "1"
        let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("Fixtures/Assessment")
        for target in [SpreadsheetFormat.spreadsheetML, .xlsx, .fods, .ods] {
            let inputs = Self.conversions.filter { $0.to == target }.compactMap { sources[$0.from] }
            let output = scratch.appendingPathComponent(target.fileExtension)
            for converted in try LibreOffice.convert(inputs, to: target, into: output) {
                let read = try SpreadsheetReader.read(contentsOf: converted)
                let decoding = SampleCycle.decoder.decode(read.workbook, fileName: converted.lastPathComponent)
                #expect(decoding.problems.isEmpty, "\(converted.lastPathComponent)")
                #expect(decoding.assessment == SampleCycle.assessment, "\(converted.lastPathComponent)")
                if record {
                    let destination = fixtures.appendingPathComponent(converted.lastPathComponent)
                    try? FileManager.default.removeItem(at: destination)
                    try FileManager.default.copyItem(at: converted, to: destination)
                }
            }
        }
    }
}
