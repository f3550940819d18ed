import Foundation
import SpreadsheetKit

/// Validates returned files and stores each valid one as a new version, one transaction per file.
///
/// A file is rejected, and changes nothing, when it cannot be read, has any error, is for a locality
/// outside the cycle's region or for another framework, or when the cycle is published.
public struct Ingester: Sendable {
    /// Reads and decodes a file's bytes (`fileName` is its name as received).
    public typealias Decode = @Sendable (_ data: Data, _ fileName: String) -> DecodedFile

    /// Where submissions are kept.
    public var repository: any SubmissionRepository
    /// The cycle the files are returned for.
    public var cycle: Cycle
    /// The cycle's framework.
    public var framework: Framework
    /// The cycle's region.
    public var region: Region
    /// Who is submitting the files.
    public var submittedBy: String
    /// How a file's bytes become a self-assessment.
    public var decode: Decode
    /// The clock that stamps received files.
    public var now: @Sendable () -> Date
    /// The one locality whose return is taken, when the files come from that locality (a portal upload):
    /// a workbook of another locality is then rejected; `nil` takes any locality of the region.
    public var localityCode: String?

    /// An ingester for `cycle` that decodes with `decode`.
    public init(
        repository: any SubmissionRepository, cycle: Cycle, framework: Framework, region: Region,
        submittedBy: String, decode: @escaping Decode, now: @escaping @Sendable () -> Date = { Date() }
    ) {
        self.repository = repository
        self.cycle = cycle
        self.framework = framework
        self.region = region
        self.submittedBy = submittedBy
        self.decode = decode
        self.now = now
    }

    /// Ingests the file at `url`, read from disk and then taken as ``ingest(_:fileName:path:)`` takes it.
    ///
    /// - Parameter path: The path results show (the URL's path unless given).
    public func ingest(_ url: URL, path: String? = nil) async -> IngestResult {
        let shownPath = path ?? url.path
        let fileName = url.lastPathComponent
        let data: Data
        do {
            data = try ReturnValidator.bytes(of: url)
        } catch {
            return IngestResult(
                path: shownPath, outcome: .rejected([ReturnValidator.problem(error, fileName: fileName)]))
        }
        return await ingest(data, fileName: fileName, path: shownPath)
    }

    /// Ingests one file from its bytes, as an upload or a file read from disk arrives.
    ///
    /// The file is checked cell by cell, then stored as the next version of its locality's return in one
    /// transaction; a rejected file changes nothing stored.
    ///
    /// - Parameters:
    ///   - data: The file's bytes, exactly as received.
    ///   - fileName: The file's name as received, which problems name and the store keeps.
    ///   - path: The name results show (the file name unless given).
    public func ingest(_ data: Data, fileName: String, path: String? = nil) async -> IngestResult {
        let shownPath = path ?? fileName
        func rejected(_ problems: [Problem]) -> IngestResult {
            IngestResult(path: shownPath, outcome: .rejected(problems))
        }
        if cycle.published {
            return rejected([Problem(file: fileName, message: StoreError.cyclePublished(cycle.name).description)])
        }
        let decoded = decode(data, fileName)
        if decoded.hasErrors { return rejected(decoded.problems) }
        guard let assessment = decoded.assessment, let format = decoded.format else {
            return rejected(
                decoded.problems + [Problem(file: fileName, message: "no self-assessment was found in the file")])
        }
        let mismatches = self.mismatches(assessment, fileName: fileName)
        if !mismatches.isEmpty { return rejected(decoded.problems + mismatches) }
        let warnings = decoded.problems
        let incoming = IncomingSubmission(
            cycleID: cycle.id, fileName: fileName, format: format, bytes: data, receivedAt: now(),
            submittedBy: submittedBy, assessment: assessment, warnings: warnings)
        do {
            switch try await repository.record(incoming) {
            case .accepted(let submission):
                return IngestResult(path: shownPath, outcome: .accepted(submission), warnings: warnings)
            case .unchanged(let submission):
                return IngestResult(path: shownPath, outcome: .unchanged(submission), warnings: warnings)
            }
        } catch {
            return rejected([Problem(file: fileName, message: "\(error)")])
        }
    }

    /// The problems that keep a valid workbook out of this cycle: another framework, version or region.
    func mismatches(_ assessment: SelfAssessment, fileName: String) -> [Problem] {
        var problems: [Problem] = []
        if assessment.frameworkID != cycle.frameworkID {
            problems.append(
                Problem(
                    file: fileName,
                    message: "the workbook is for framework \"\(assessment.frameworkID)\" but cycle \"\(cycle.name)\""
                        + " uses framework \"\(cycle.frameworkID)\""))
        } else if assessment.frameworkVersion != framework.version {
            problems.append(
                Problem(
                    file: fileName,
                    message: "the workbook is for version \(assessment.frameworkVersion) of framework"
                        + " \"\(assessment.frameworkID)\" but cycle \"\(cycle.name)\" uses version \(framework.version)"
                ))
        }
        if let expected = localityCode, assessment.localityCode != expected {
            problems.append(
                Problem(
                    file: fileName,
                    message: "the workbook is for \(name(of: assessment.localityCode)) but this return is for"
                        + " \(name(of: expected)): download this locality's own workbook and fill that in"))
        } else if region.locality(code: assessment.localityCode) == nil {
            problems.append(
                Problem(
                    file: fileName,
                    message: "locality \(assessment.localityCode) is not in region \"\(region.id)\" of cycle"
                        + " \"\(cycle.name)\""))
        }
        return problems
    }

    /// `Bolton (E08000001)`, or the bare code of a locality outside the region.
    private func name(of code: String) -> String {
        region.locality(code: code).map { "\($0.name) (\(code))" } ?? code
    }

    /// The files to ingest: each named file, and every file in a named folder and its subfolders (hidden
    /// files and office lock files `~$...` skipped), folders' files in name order.
    public static func files(in urls: [URL]) -> [URL] {
        urls.flatMap { url -> [URL] in
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory), isDirectory.boolValue
            else { return [url] }
            let enumerator = FileManager.default.enumerator(
                at: url, includingPropertiesForKeys: [.isRegularFileKey], options: [.skipsHiddenFiles])
            var found: [URL] = []
            while let file = enumerator?.nextObject() as? URL {
                let isRegular = (try? file.resourceValues(forKeys: [.isRegularFileKey]).isRegularFile) ?? false
                if isRegular && !file.lastPathComponent.hasPrefix("~$") { found.append(file) }
            }
            return found.sorted { $0.path < $1.path }
        }
    }
}
