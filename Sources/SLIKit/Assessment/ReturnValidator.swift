import Foundation
import SpreadsheetKit

/// Reads a returned workbook from its bytes and checks it, cell by cell, against its framework and
/// region: the one validation that every front door runs, whether the file came from a folder or an
/// upload.
///
/// A return is read within the limits for one (``ReadLimits/submission``), far below what a spreadsheet
/// program could hold and far above what a framework asks. The framework and region are the ones the caller names (a cycle's, when the file is returned for
/// one) or else the ones the workbook's hidden sheet names.
public struct ReturnValidator: Sendable {
    /// Where the frameworks and regions come from.
    public var catalog: Catalog

    /// A validator that looks frameworks and regions up in `catalog`.
    public init(catalog: Catalog) {
        self.catalog = catalog
    }

    /// Reads `data`, received as `fileName`, and decodes the self-assessment it holds.
    ///
    /// Every problem is reported in the result, never thrown: a file that cannot be read gives one
    /// problem at the place the reader names.
    ///
    /// - Parameters:
    ///   - data: The file's bytes, exactly as received.
    ///   - fileName: The file's name as received, which every problem names.
    ///   - frameworkID: The framework the workbook must be for; `nil` takes the one the workbook names.
    ///   - regionID: The region the locality must be in; `nil` takes the one the workbook names.
    public func validate(
        _ data: Data, fileName: String, frameworkID: String? = nil, regionID: String? = nil
    ) -> DecodedFile {
        let read: ReadWorkbook
        do {
            read = try SpreadsheetReader.read(data: data, fileName: fileName, limits: .submission)
        } catch {
            return DecodedFile(format: nil, assessment: nil, problems: [Self.problem(error, fileName: fileName)])
        }
        let metadata = WorkbookLayout.metadata(in: read.workbook)
        func failure(_ message: String) -> DecodedFile {
            DecodedFile(format: read.format, assessment: nil, problems: [Problem(file: fileName, message: message)])
        }
        guard let frameworkID = frameworkID ?? metadata[.framework] else {
            return failure(Self.unnamed("framework"))
        }
        guard let regionID = regionID ?? metadata[.region] else {
            return failure(Self.unnamed("region"))
        }
        do {
            let decoder = SubmissionDecoder(
                framework: try catalog.framework(id: frameworkID), region: try catalog.region(id: regionID))
            return Self.decode(read, fileName: fileName, decoder: decoder)
        } catch {
            return failure("\(error)")
        }
    }

    /// Reads `data` and decodes it with `decoder`, for files whose framework and region are known.
    public static func validate(_ data: Data, fileName: String, decoder: SubmissionDecoder) -> DecodedFile {
        do {
            return decode(
                try SpreadsheetReader.read(data: data, fileName: fileName, limits: .submission), fileName: fileName,
                decoder: decoder)
        } catch {
            return DecodedFile(format: nil, assessment: nil, problems: [problem(error, fileName: fileName)])
        }
    }

    /// The decoding of a workbook that was read.
    private static func decode(_ read: ReadWorkbook, fileName: String, decoder: SubmissionDecoder) -> DecodedFile {
        let decoding = decoder.decode(read.workbook, fileName: fileName)
        return DecodedFile(format: read.format, assessment: decoding.assessment, problems: decoding.problems)
    }

    /// The bytes of the returned file at `url`, refused before they are read when the file is larger
    /// than a return may be (``ReadLimits/submission``).
    ///
    /// - Throws: ``SpreadsheetError`` for a file too large, and the file system's error for one that cannot
    ///   be read; ``problem(_:fileName:)`` says either in words.
    public static func bytes(of url: URL) throws -> Data {
        if let size = try? url.resourceValues(forKeys: [.fileSizeKey]).fileSize {
            try SpreadsheetReader.checkSize(size, file: url.lastPathComponent, limits: .submission)
        }
        return try Data(contentsOf: url)
    }

    /// The problem a failure to read the file received as `fileName` stands for, at the place it names.
    public static func problem(_ error: any Error, fileName: String) -> Problem {
        if let error = error as? SpreadsheetError { return Problem(error, fileName: fileName) }
        return Problem(file: fileName, message: "the file cannot be read (\(FileErrorReason.text(error)))")
    }

    /// Why a workbook without its hidden sheet's `kind` cannot be checked, and what the locality can do.
    private static func unnamed(_ kind: String) -> String {
        "the workbook does not say which \(kind) it is for (its hidden sheet \"\(WorkbookLayout.metadataSheet)\" is"
            + " missing or changed): download the workbook again, or copy the answers into a fresh one"
    }
}
