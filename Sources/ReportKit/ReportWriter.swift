import Foundation
import SLIKit

/// Writes the peer-review pack: a folder of pages and tables built from a ``ReportData``.
///
/// The folder holds `index` (links to everything, relative), `overview` (the regional overview for the
/// network lead), `localities/<code>` (one summary per locality that took part, naming no other locality
/// except its own Market Place contacts), and `tables/` with every table of the overview as CSV and JSON
/// (`tables/localities/<code>/` for each locality's own tables). Pages are HTML (self-contained: inline
/// CSS and SVG, no scripts, nothing fetched) or Markdown, as ``format`` says.
///
/// ```swift
/// let files = try ReportWriter(format: .html).write(data, to: URL(fileURLWithPath: "pack"))
/// ```
public struct ReportWriter: Sendable {
    /// The form of the pages.
    public var format: ReportFormat

    /// A writer of pages in `format`.
    public init(format: ReportFormat = .html) {
        self.format = format
    }

    /// The localities that get a summary: those with scores or an accepted submission, in report order.
    public static func summarizedLocalities(_ data: ReportData) -> [Locality] {
        let scored = Set(data.themeScores.map(\.localityCode))
        let accepted = Set(
            data.participation.filter { $0.status == .received || $0.status == .late }.map(\.localityCode))
        return data.localities.filter { scored.contains($0.code) || accepted.contains($0.code) }
    }

    /// Every file of the report, without writing anything.
    public func files(for data: ReportData) -> [ReportFile] {
        var pages = [OverviewPage.build(data)]
        pages += Self.summarizedLocalities(data).map { LocalitySummaryPage.build(data, localityCode: $0.code) }
        let index = IndexPage.build(data, pages: pages, fileExtension: format.fileExtension)
        var files: [ReportFile] = []
        for page in [index] + pages {
            let text = format == .html ? ReportHTML.render(page) : ReportMarkdown.render(page)
            files.append(ReportFile(path: "\(page.path).\(format.fileExtension)", contents: text))
            let folder = page.path == "overview" ? "tables" : "tables/\(page.path)"
            for table in page.tables {
                files.append(ReportFile(path: "\(folder)/\(table.name).csv", contents: table.csv()))
                files.append(ReportFile(path: "\(folder)/\(table.name).json", contents: table.json()))
            }
        }
        return files
    }

    /// Writes every file of the report into `directory`, creating folders as needed, and returns the files.
    ///
    /// - Parameter progress: Told before each file is written: its number (from 1), how many there are
    ///   and its path in the folder.
    /// - Throws: ``ReportError/notAFolder(path:)`` when `directory` is an existing file, and
    ///   ``ReportError/cannotWrite(path:reason:)`` naming the file or folder that failed.
    @discardableResult
    public func write(
        _ data: ReportData, to directory: URL,
        progress: (_ number: Int, _ total: Int, _ path: String) -> Void = {
            _, _, _ in
        }
    ) throws -> [ReportFile] {
        let manager = FileManager.default
        var isFolder: ObjCBool = false
        if manager.fileExists(atPath: directory.path, isDirectory: &isFolder), !isFolder.boolValue {
            throw ReportError.notAFolder(path: directory.path)
        }
        let files = files(for: data)
        for (index, file) in files.enumerated() {
            progress(index + 1, files.count, file.path)
            let url = directory.appendingPathComponent(file.path)
            let folder = url.deletingLastPathComponent()
            do {
                try manager.createDirectory(at: folder, withIntermediateDirectories: true)
            } catch {
                throw ReportError.cannotWrite(path: folder.path, reason: error.localizedDescription)
            }
            do {
                try Data(file.contents.utf8).write(to: url, options: .atomic)
            } catch {
                throw ReportError.cannotWrite(path: url.path, reason: error.localizedDescription)
            }
        }
        return files
    }
}
