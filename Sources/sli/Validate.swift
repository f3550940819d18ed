import ArgumentParser
import Foundation
import SLIKit
import SpreadsheetKit

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
            let validator = ReturnValidator(catalog: Catalog.default)
            let results = files.map { validate(URL(fileURLWithPath: $0), validator: validator) }
            var output = StandardOutput()
            switch format {
            case .text: ValidationReport.text(results, to: &output)
            case .json: ValidationReport.json(results, to: &output)
            }
            output.flush()
            if results.contains(where: { !$0.decoding.errors.isEmpty }) { throw ExitCode.failure }
        }

        /// The file at `url` read and checked as any returned file is, whatever front door it came through.
        private func validate(_ url: URL, validator: ReturnValidator) -> ValidationReport.Result {
            let file = url.lastPathComponent
            FaultReport.reading(url.relativePath)
            let decoded: DecodedFile
            do {
                decoded = validator.validate(
                    try ReturnValidator.bytes(of: url), fileName: file, frameworkID: framework, regionID: region)
            } catch {
                decoded = DecodedFile(
                    format: nil, assessment: nil, problems: [ReturnValidator.problem(error, fileName: file)])
            }
            return ValidationReport.Result(
                file: file, decoding: Decoding(assessment: decoded.assessment, problems: decoded.problems))
        }
    }
}
