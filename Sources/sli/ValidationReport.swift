import Foundation
import ReportKit
import SLIKit
import SpreadsheetKit

/// Prints what `sli validate` found, as lines for a person or as JSON for a program.
enum ValidationReport {
    /// One file's outcome.
    struct Result {
        var file: String
        var decoding: Decoding
    }

    /// One line per problem (`error: ...`, `warning: ...`), a verdict per file and a closing count.
    static func text(_ results: [Result], to output: inout StandardOutput) {
        for result in results {
            for problem in result.decoding.problems {
                output.write(ProblemReport.line(problem) + "\n")
            }
            let errors = result.decoding.errors.count
            let warnings = result.decoding.warnings.count
            if let assessment = result.decoding.assessment {
                output.write(
                    "\(result.file): accepted: \(assessment.localityCode), \(count(assessment.answers.count, "answer")), "
                        + "\(count(assessment.contributors.count, "contributor")), "
                        + "\(count(assessment.marketPlace.count, "Market Place entry", "Market Place entries"))"
                        + (warnings > 0 ? ", \(count(warnings, "warning"))" : "") + "\n")
            } else {
                output.write("\(result.file): not accepted: \(count(errors, "error")) to fix\n")
            }
        }
        let accepted = results.filter { $0.decoding.assessment != nil }.count
        output.write(
            "\(count(results.count, "file")): \(accepted) accepted, \(results.count - accepted) not accepted\n")
    }

    /// `{"files": [{"file", "accepted", "assessment", "problems"}]}`, every answer with its `source` cell.
    static func json(_ results: [Result], to output: inout StandardOutput) {
        output.write("{\n  \"files\": [")
        for (index, result) in results.enumerated() {
            output.write(index == 0 ? "\n" : ",\n")
            output.write("    {\n      \"file\": \(JSONLiteral.string(result.file)),\n")
            output.write("      \"accepted\": \(result.decoding.assessment != nil),\n")
            output.write("      \"assessment\": \(result.decoding.assessment.map(assessment) ?? "null"),\n")
            let problems = result.decoding.problems.map(problem)
            output.write("      \"problems\": [" + problems.joined(separator: ", ") + "]\n    }")
        }
        output.write("\n  ]\n}\n")
    }

    private static func assessment(_ assessment: SelfAssessment) -> String {
        let answers = assessment.answers.map { answer in
            object([
                ("item", JSONLiteral.string(answer.itemID)), ("theme", JSONLiteral.string(answer.themeID)),
                ("rating", rating(answer.rating)), ("evidence", optional(answer.evidence)),
                ("lead", optional(answer.lead)),
                ("targetDate", optional(answer.targetDate.map(ISODateText.format))),
                ("goodPractice", optional(answer.goodPractice)), ("supportWanted", optional(answer.supportWanted)),
                ("source", JSONLiteral.string(answer.source)),
            ])
        }
        let entries = assessment.marketPlace.map { entry in
            object([
                ("kind", JSONLiteral.string(entry.kind.rawValue)), ("theme", JSONLiteral.string(entry.themeID)),
                ("item", optional(entry.itemID)), ("title", JSONLiteral.string(entry.title)),
                ("description", JSONLiteral.string(entry.description)), ("capacity", String(entry.capacity)),
                ("source", optional(entry.source)),
            ])
        }
        return object([
            ("framework", JSONLiteral.string(assessment.frameworkID)),
            ("version", JSONLiteral.string(assessment.frameworkVersion)),
            ("locality", JSONLiteral.string(assessment.localityCode)),
            ("answers", "[" + answers.joined(separator: ", ") + "]"),
            ("contributors", "[" + assessment.contributors.map(JSONLiteral.string).joined(separator: ", ") + "]"),
            ("marketPlace", "[" + entries.joined(separator: ", ") + "]"),
        ])
    }

    private static func problem(_ problem: Problem) -> String {
        object([
            ("file", JSONLiteral.string(problem.file)), ("sheet", optional(problem.sheet)),
            ("cell", optional(problem.cell)),
            ("severity", JSONLiteral.string(problem.severity.rawValue)),
            ("message", JSONLiteral.string(problem.message)),
        ])
    }

    /// A rating as JSON: its number, `"N/A"` (the scale's text for not applicable), or `null` when blank.
    private static func rating(_ rating: Rating?) -> String {
        switch rating {
        case .level(let value)?: String(value)
        case .notApplicable?: JSONLiteral.string("N/A")
        case nil: "null"
        }
    }

    private static func optional(_ text: String?) -> String {
        text.map(JSONLiteral.string) ?? "null"
    }

    private static func object(_ fields: [(String, String)]) -> String {
        "{" + fields.map { "\(JSONLiteral.string($0.0)): \($0.1)" }.joined(separator: ", ") + "}"
    }

    /// `1 answer`, `22 answers`.
    private static func count(_ number: Int, _ singular: String, _ plural: String? = nil) -> String {
        "\(number) \(number == 1 ? singular : plural ?? singular + "s")"
    }
}
