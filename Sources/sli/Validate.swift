import ArgumentParser
import Foundation
import SLIKit

extension SLI {
    /// `sli validate FILE...`: decode returned workbooks and say precisely what must be fixed.
    struct Validate: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Check returned self-assessment workbooks and list every problem, cell by cell.",
            discussion: """
                Reads each workbook in any format sli reads (SpreadsheetML 2003, XLSX, ODS, FODS), works \
                out its framework, region and locality from the workbook itself (or from --framework and \
                --region) and decodes it. Errors must be fixed before the workbook can be accepted; \
                warnings are worth a look. The exit status is non-zero when any file has an error.
                """
        )

        /// How `validate` prints its findings.
        enum OutputFormat: String, ExpressibleByArgument, CaseIterable {
            case text, json
        }

        @Argument(help: "The returned workbooks.")
        var files: [String]

        @Option(help: "The framework the workbooks must be for (default: the one each workbook names).")
        var framework: String?

        @Option(help: "The region the localities belong to (default: the one each workbook names).")
        var region: String?

        @Option(help: "What to print: text (one line per problem) or json (the decoded self-assessments).")
        var format: OutputFormat = .text

        func run() throws {
            let catalog = Catalog.default
            let results = files.map { validate(URL(fileURLWithPath: $0), catalog: catalog) }
            var output = StandardOutput()
            switch format {
            case .text: ValidationReport.text(results, to: &output)
            case .json: ValidationReport.json(results, to: &output)
            }
            output.flush()
            if results.contains(where: { !$0.decoding.errors.isEmpty }) { throw ExitCode.failure }
        }

        private func validate(_ url: URL, catalog: Catalog) -> ValidationReport.Result {
            let file = url.lastPathComponent
            func failure(_ problem: Problem) -> ValidationReport.Result {
                ValidationReport.Result(file: file, decoding: Decoding(assessment: nil, problems: [problem]))
            }
            func failure(_ message: String) -> ValidationReport.Result {
                failure(Problem(file: file, message: message))
            }
            let workbook: Workbook
            do {
                workbook = try SpreadsheetReader.read(contentsOf: url, limits: .submission).workbook
            } catch let error as SpreadsheetError {
                return failure(Ingester.problem(error, fileName: file))
            } catch {
                return failure("the file cannot be read (\(error))")
            }
            let metadata = WorkbookLayout.metadata(in: workbook)
            guard let frameworkID = framework ?? metadata[.framework] else {
                return failure(
                    "the workbook does not say which framework it is for; give --framework (see sli catalog list)")
            }
            guard let regionID = region ?? metadata[.region] else {
                return failure("the workbook does not say which region it is for; give --region (see sli catalog list)")
            }
            do {
                let decoder = SubmissionDecoder(
                    framework: try catalog.framework(id: frameworkID), region: try catalog.region(id: regionID))
                return ValidationReport.Result(file: file, decoding: decoder.decode(workbook, fileName: file))
            } catch {
                return failure("\(error)")
            }
        }
    }
}
