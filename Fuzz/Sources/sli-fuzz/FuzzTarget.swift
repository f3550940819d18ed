import Foundation
import SLIKit
import SpreadsheetKit
import ZIPFoundation

/// What one fuzz run feeds its input to, chosen by `SLI_FUZZ_TARGET`.
///
/// `bytes` reads the input as a whole file of any format (every reader, chosen by content), `csv` as CSV
/// text, `xlsx-sheet` and `ods-content` wrap it as the sheet part of an XLSX package or the content of an
/// ODS package (so that mutations reach the sheet readers instead of breaking the zip's checksums), and
/// `decode` reads it as a returned workbook and decodes it against the North West framework.
enum FuzzTarget: String, CaseIterable {
    case bytes, csv, xlsxSheet = "xlsx-sheet", odsContent = "ods-content", decode

    /// The target named by the environment (default `bytes`).
    static let current: FuzzTarget = {
        let name = ProcessInfo.processInfo.environment["SLI_FUZZ_TARGET"] ?? "bytes"
        guard let target = FuzzTarget(rawValue: name) else {
            fatalError("SLI_FUZZ_TARGET must be one of " + allCases.map(\.rawValue).joined(separator: ", "))
        }
        return target
    }()

    /// The decoder for `decode`, from the catalog in the current folder.
    static let submissionDecoder: Ingester.Decode = {
        let catalog = Catalog(directory: URL(fileURLWithPath: FileManager.default.currentDirectoryPath))
        do {
            let decoder = SubmissionDecoder(
                framework: try catalog.framework(id: "nw-infant-mortality-2016"),
                region: try catalog.region(id: "north-west"))
            return { data, fileName in ReturnValidator.validate(data, fileName: fileName, decoder: decoder) }
        } catch {
            fatalError("run the decode target from the repository's folder (\(error))")
        }
    }()

    /// Runs the target on one input; any error a reader throws is an expected outcome.
    func run(_ data: Data) {
        switch self {
        case .bytes:
            _ = try? SpreadsheetReader.read(data: data, fileName: "fuzz")
        case .csv:
            _ = try? CSVReader.read(data: data, fileName: "fuzz.csv")
        case .xlsxSheet:
            guard let package = Self.package(Self.xlsxParts + [("xl/worksheets/sheet1.xml", data)]) else { return }
            _ = try? SpreadsheetReader.read(data: package, fileName: "fuzz.xlsx")
        case .odsContent:
            guard let package = Self.package([("content.xml", data)]) else { return }
            _ = try? SpreadsheetReader.read(data: package, fileName: "fuzz.ods")
        case .decode:
            _ = Self.submissionDecoder(data, "fuzz")
        }
    }

    /// The parts of an XLSX package around its one sheet, with shared strings and date styles.
    static let xlsxParts: [(String, Data)] = {
        let main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
        let relationships = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
        let package = "http://schemas.openxmlformats.org/package/2006/relationships"
        let parts: [(String, String)] = [
            (
                "_rels/.rels",
                #"<Relationships xmlns="\#(package)"><Relationship Id="r" Type="\#(relationships)/officeDocument" "#
                    + #"Target="xl/workbook.xml"/></Relationships>"#
            ),
            (
                "xl/workbook.xml",
                #"<workbook xmlns="\#(main)" xmlns:r="\#(relationships)"><sheets>"#
                    + #"<sheet name="Data" sheetId="1" r:id="s1"/></sheets></workbook>"#
            ),
            (
                "xl/_rels/workbook.xml.rels",
                #"<Relationships xmlns="\#(package)"><Relationship Id="s1" Type="\#(relationships)/worksheet" "#
                    + #"Target="worksheets/sheet1.xml"/><Relationship Id="t" Type="\#(relationships)/sharedStrings" "#
                    + #"Target="sharedStrings.xml"/><Relationship Id="y" Type="\#(relationships)/styles" "#
                    + #"Target="styles.xml"/></Relationships>"#
            ),
            ("xl/sharedStrings.xml", #"<sst xmlns="\#(main)"><si><t>a</t></si><si><r><t>b</t></r></si></sst>"#),
            (
                "xl/styles.xml",
                #"<styleSheet xmlns="\#(main)"><cellXfs><xf numFmtId="0"/><xf numFmtId="14"/></cellXfs></styleSheet>"#
            ),
        ]
        return parts.map { ($0.0, Data($0.1.utf8)) }
    }()

    /// A zip package holding `parts`, deflated.
    static func package(_ parts: [(String, Data)]) -> Data? {
        do {
            let archive = try Archive(data: Data(), accessMode: .create)
            for (path, data) in parts {
                try archive.addEntry(
                    with: path, type: .file, uncompressedSize: Int64(data.count), compressionMethod: .deflate,
                    provider: { position, size in data.subdata(in: Int(position)..<Int(position) + size) })
            }
            return archive.data
        } catch {
            return nil
        }
    }
}
