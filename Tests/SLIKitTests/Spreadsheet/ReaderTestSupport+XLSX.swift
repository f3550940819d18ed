import Foundation
import Testing
import ZIPFoundation

extension ReaderTestSupport {
    /// The main SpreadsheetML namespace of Office Open XML (Transitional).
    static let mainNamespace = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"

    /// A one-sheet XLSX package ("Data") in memory: `rows` inside its `sheetData`, optional shared strings
    /// (the `si` elements), styles (the content of `styleSheet`) and extra content for `workbook.xml`
    /// before its `sheets`, such as a `workbookPr`.
    static func xlsx(rows: String, sharedStrings: String? = nil, styles: String? = nil, workbookHead: String = "")
        throws -> Data
    {
        let relationships = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
        var targets =
            #"<Relationship Id="rId1" Type="\#(relationships)/worksheet" Target="worksheets/sheet1.xml"/>"#
        var parts = [
            (
                "_rels/.rels",
                #"<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">"#
                    + #"<Relationship Id="rId1" Type="\#(relationships)/officeDocument" Target="xl/workbook.xml"/>"#
                    + "</Relationships>"
            ),
            (
                "xl/workbook.xml",
                #"<workbook xmlns="\#(mainNamespace)" xmlns:r="\#(relationships)">\#(workbookHead)"#
                    + #"<sheets><sheet name="Data" sheetId="1" r:id="rId1"/></sheets></workbook>"#
            ),
            (
                "xl/worksheets/sheet1.xml",
                #"<worksheet xmlns="\#(mainNamespace)"><sheetData>\#(rows)</sheetData></worksheet>"#
            ),
        ]
        if let sharedStrings {
            targets += #"<Relationship Id="rId2" Type="\#(relationships)/sharedStrings" Target="sharedStrings.xml"/>"#
            parts.append(("xl/sharedStrings.xml", #"<sst xmlns="\#(mainNamespace)">\#(sharedStrings)</sst>"#))
        }
        if let styles {
            targets += #"<Relationship Id="rId3" Type="\#(relationships)/styles" Target="styles.xml"/>"#
            parts.append(("xl/styles.xml", #"<styleSheet xmlns="\#(mainNamespace)">\#(styles)</styleSheet>"#))
        }
        parts.append(
            (
                "xl/_rels/workbook.xml.rels",
                #"<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">"#
                    + targets + "</Relationships>"
            ))
        let archive = try Archive(data: Data(), accessMode: .create)
        for (path, text) in parts {
            let data = Data(text.utf8)
            try archive.addEntry(
                with: path, type: .file, uncompressedSize: Int64(data.count), compressionMethod: .deflate
            ) { position, size in
                data.subdata(in: Int(position)..<Int(position) + size)
            }
        }
        return try #require(archive.data)
    }
}
