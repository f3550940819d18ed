import Foundation
import SLIKit
import SpreadsheetKit

/// Returned workbooks written the way a locality's would be: the real template, filled in and saved.
struct SubmissionFiles {
    let catalog = Catalog(directory: CatalogCommandTests.root)
    let framework: Framework
    let region: Region

    init(frameworkID: String = "nw-infant-mortality-2016") throws {
        framework = try catalog.framework(id: frameworkID)
        region = try catalog.region(id: "north-west")
    }

    /// The answers `locality` gives in its `variant`-th version (each variant rates differently).
    func assessment(for locality: Locality, variant: Int) -> SelfAssessment {
        let items = framework.themes.flatMap { theme in theme.assessedItems.map { (theme, $0) } }
        let answers = items.enumerated().map { index, pair in
            let value = (index + variant + locality.code.count) % 6
            return Answer(
                itemID: pair.1.id, themeID: pair.0.id, rating: value == 5 ? .notApplicable : .level(value),
                evidence: "evidence \(variant)-\(index)", source: "")
        }
        return SelfAssessment(
            frameworkID: framework.id, frameworkVersion: framework.version, localityCode: locality.code,
            answers: answers, contributors: ["Public health", "Maternity services"],
            contributorPeople: ["Public health": "Dr A. Khan, consultant"])
    }

    /// Writes `locality`'s `variant`-th workbook into `folder`, named `<Locality>-<variant>.<ext>`.
    @discardableResult
    func write(
        _ locality: Locality, variant: Int, into folder: URL, format: SpreadsheetFormat = .spreadsheetML
    ) throws -> URL {
        let draft = WorkbookTemplate(framework: framework, region: region).render(for: locality)
        let filled = try WorkbookFiller(framework: framework).fill(
            draft, with: assessment(for: locality, variant: variant))
        let name = WorkbookTemplate.fileName(for: locality, format: format)
        let url = folder.appendingPathComponent(
            name.replacingOccurrences(of: ".\(format.fileExtension)", with: "-\(variant).\(format.fileExtension)"))
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        try SpreadsheetWriter.write(filled, format: format, to: url)
        return url
    }

    /// Writes `variants` versions for every locality of the region into `folder`.
    func writeAll(variants: Int, into folder: URL) throws -> [URL] {
        try (0..<variants).flatMap { variant in
            try region.localities.map { try write($0, variant: variant, into: folder) }
        }
    }
}
