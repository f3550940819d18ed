import Foundation
import SLIKit

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
                output.write("\(problem.severity.rawValue): \(problem)\n")
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
            output.write("    {\n      \"file\": \(JSONText.string(result.file)),\n")
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
                ("item", JSONText.string(answer.itemID)), ("theme", JSONText.string(answer.themeID)),
                ("rating", rating(answer.rating)), ("evidence", optional(answer.evidence)),
                ("lead", optional(answer.lead)),
                ("targetDate", optional(answer.targetDate.map(ISODateText.format))),
                ("goodPractice", optional(answer.goodPractice)), ("supportWanted", optional(answer.supportWanted)),
                ("source", JSONText.string(answer.source)),
            ])
        }
        let entries = assessment.marketPlace.map { entry in
            object([
                ("kind", JSONText.string(entry.kind.rawValue)), ("theme", JSONText.string(entry.themeID)),
                ("item", optional(entry.itemID)), ("title", JSONText.string(entry.title)),
                ("description", JSONText.string(entry.description)), ("capacity", String(entry.capacity)),
                ("source", optional(entry.source)),
            ])
        }
        return object([
            ("framework", JSONText.string(assessment.frameworkID)),
            ("version", JSONText.string(assessment.frameworkVersion)),
            ("locality", JSONText.string(assessment.localityCode)),
            ("answers", "[" + answers.joined(separator: ", ") + "]"),
            ("contributors", "[" + assessment.contributors.map(JSONText.string).joined(separator: ", ") + "]"),
            ("marketPlace", "[" + entries.joined(separator: ", ") + "]"),
        ])
    }

    private static func problem(_ problem: Problem) -> String {
        object([
            ("file", JSONText.string(problem.file)), ("sheet", optional(problem.sheet)),
            ("cell", optional(problem.cell)),
            ("severity", JSONText.string(problem.severity.rawValue)), ("message", JSONText.string(problem.message)),
        ])
    }

    /// A rating as JSON: its number, `"N/A"` (the scale's text for not applicable), or `null` when blank.
    private static func rating(_ rating: Rating?) -> String {
        switch rating {
        case .level(let value)?: String(value)
        case .notApplicable?: JSONText.string("N/A")
        case nil: "null"
        }
    }

    private static func optional(_ text: String?) -> String {
        text.map(JSONText.string) ?? "null"
    }

    private static func object(_ fields: [(String, String)]) -> String {
        "{" + fields.map { "\(JSONText.string($0.0)): \($0.1)" }.joined(separator: ", ") + "}"
    }

    /// `1 answer`, `22 answers`.
    private static func count(_ number: Int, _ singular: String, _ plural: String? = nil) -> String {
        "\(number) \(number == 1 ? singular : plural ?? singular + "s")"
    }
}
