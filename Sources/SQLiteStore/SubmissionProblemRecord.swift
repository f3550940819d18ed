import GRDB
import SLIKit

/// A warning found when a submission version was read (errors never reach the store).
struct SubmissionProblemRecord: Codable, Hashable {
    var submissionID: Int64
    var position: Int
    var severity: Problem.Severity
    var sheet: String?
    var cell: String?
    var message: String

    /// The record of `problem` at `position` in submission `submissionID`.
    init(_ problem: Problem, submissionID: Int64, position: Int) {
        self.submissionID = submissionID
        self.position = position
        severity = problem.severity
        sheet = problem.sheet
        cell = problem.cell
        message = problem.message
    }

    /// The problem the record holds, located in `file`.
    func problem(file: String) -> Problem {
        Problem(file: file, sheet: sheet, cell: cell, severity: severity, message: message)
    }
}

extension SubmissionProblemRecord: FetchableRecord, PersistableRecord {
    static let databaseTableName = "submissionProblem"

    enum Columns {
        static let submissionID = Column(CodingKeys.submissionID)
        static let position = Column(CodingKeys.position)
    }
}
