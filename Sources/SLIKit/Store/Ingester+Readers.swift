import Foundation

extension Ingester {
    /// An ingester that reads each file with ``SpreadsheetReader`` and decodes it with ``SubmissionDecoder``,
    /// as `sli validate` does.
    ///
    /// - Parameter now: The clock that stamps received files; give a fixed day for files that arrived
    ///   earlier (by e-mail before the store existed, say), so they are not counted late.
    public init(
        repository: any SubmissionRepository, cycle: Cycle, framework: Framework, region: Region,
        submittedBy: String, now: @escaping @Sendable () -> Date = { Date() }
    ) {
        self.init(
            repository: repository, cycle: cycle, framework: framework, region: region, submittedBy: submittedBy,
            decode: Self.readAndDecode(framework: framework, region: region), now: now)
    }

    /// Reads a file's bytes as a spreadsheet and decodes the self-assessment it holds.
    public static func readAndDecode(framework: Framework, region: Region) -> Decode {
        let decoder = SubmissionDecoder(framework: framework, region: region)
        return { data, fileName in
            do {
                let read = try SpreadsheetReader.read(data: data, fileName: fileName)
                let decoding = decoder.decode(read.workbook, fileName: fileName)
                return DecodedFile(format: read.format, assessment: decoding.assessment, problems: decoding.problems)
            } catch let error as SpreadsheetError {
                return DecodedFile(format: nil, assessment: nil, problems: [problem(error, fileName: fileName)])
            } catch {
                return DecodedFile(
                    format: nil, assessment: nil, problems: [Problem(file: fileName, message: "\(error)")])
            }
        }
    }

    /// The problem a reader's error stands for, at the place it names.
    static func problem(_ error: SpreadsheetError, fileName: String) -> Problem {
        let location = error.location
        let line = location.line.map { "line \($0)" + (location.column.map { ":\($0)" } ?? "") }
        let message = location.part.map { "\($0): " + error.message } ?? error.message
        return Problem(file: fileName, sheet: location.sheet, cell: location.cell ?? line, message: message)
    }
}
