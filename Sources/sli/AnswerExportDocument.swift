import Foundation
import SLIKit

/// The JSON form of a cycle's answers.
struct AnswerExportDocument: Encodable {
    var cycle: String
    var framework: String
    var frameworkVersion: String
    var audience: String
    var answers: [AnswerExportRow]
}
