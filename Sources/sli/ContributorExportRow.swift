import SLIKit
import SpreadsheetKit

/// One agency that contributed to a locality's current self-assessment, and who took part for it.
struct ContributorExportRow: Encodable {
    var localityCode: String
    var locality: String
    var agency: String
    var whoTookPart: String

    /// The rows of every current assessment, locality by locality in the Contributors sheet's order.
    static func rows(_ assessments: [SelfAssessment], region: Region) -> [ContributorExportRow] {
        assessments.sorted { $0.localityCode < $1.localityCode }.flatMap { assessment in
            assessment.contributors.map { agency in
                ContributorExportRow(
                    localityCode: assessment.localityCode,
                    locality: region.locality(code: assessment.localityCode)?.name ?? assessment.localityCode,
                    agency: agency, whoTookPart: assessment.contributorPeople[agency] ?? "")
            }
        }
    }

    /// The CSV header row.
    static let csvHeader = DelimitedText.line(["locality_code", "locality", "agency", "who_took_part"])

    /// The row as a CSV line.
    var csvLine: String { DelimitedText.line([localityCode, locality, agency, whoTookPart]) }
}
