import Foundation

extension Ingester {
    /// An ingester that reads each file with ``SpreadsheetReader`` and decodes it with ``SubmissionDecoder``,
    /// as `sli validate` does.
    public init(
        repository: any SubmissionRepository, cycle: Cycle, framework: Framework, region: Region,
        submittedBy: String
    ) {
        self.init(
            repository: repository, cycle: cycle, framework: framework, region: region, submittedBy: submittedBy,
            decode: Self.readAndDecode(framework: framework, region: region))
    }

    /// Reads a file's bytes as a spreadsheet, within the limits for a returned workbook
    /// (``ReadLimits/submission``), and decodes the self-assessment it holds.
    public static func readAndDecode(framework: Framework, region: Region) -> Decode {
        let decoder = SubmissionDecoder(framework: framework, region: region)
        return { data, fileName in
            do {
                let read = try SpreadsheetReader.read(data: data, fileName: fileName, limits: .submission)
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

    /// The problem a reader's error stands for, at the place it names (part, sheet, cell or line), as
    /// `sli validate` and `sli ingest` both report it.
    public static func problem(_ error: SpreadsheetError, fileName: String) -> Problem {
        let location = error.location
        let line = location.line.map { "line \($0)" + (location.column.map { ":\($0)" } ?? "") }
        let message = location.part.map { "\($0): " + error.message } ?? error.message
        return Problem(file: fileName, sheet: location.sheet, cell: location.cell ?? line, message: message)
    }
}
