import Foundation
import GRDB
import SLIKit

/// A stored answer of one submission version, in framework order.
struct AnswerRecord: Codable, Hashable {
    var submissionID: Int64
    var position: Int
    var itemID: String
    var themeID: String
    /// The value on the scale; `nil` for a gap or for not applicable.
    var rating: Int?
    /// Whether the locality answered "not applicable".
    var notApplicable: Bool
    var evidence: String?
    var lead: String?
    var targetDate: Date?
    var goodPractice: String?
    var supportWanted: String?
    var source: String

    /// The record of `answer` at `position` in submission `submissionID`.
    init(_ answer: Answer, submissionID: Int64, position: Int) {
        self.submissionID = submissionID
        self.position = position
        itemID = answer.itemID
        themeID = answer.themeID
        rating = answer.rating?.value
        notApplicable = answer.rating == .notApplicable
        evidence = answer.evidence
        lead = answer.lead
        targetDate = answer.targetDate
        goodPractice = answer.goodPractice
        supportWanted = answer.supportWanted
        source = answer.source
    }

    /// The answer the record holds.
    var answer: Answer {
        let value: Rating? = notApplicable ? .notApplicable : rating.map { .level($0) }
        return Answer(
            itemID: itemID, themeID: themeID, rating: value, evidence: evidence, lead: lead, targetDate: targetDate,
            goodPractice: goodPractice, supportWanted: supportWanted, source: source)
    }
}

extension AnswerRecord: FetchableRecord, PersistableRecord {
    static let databaseTableName = "answer"

    enum Columns {
        static let submissionID = Column(CodingKeys.submissionID)
        static let position = Column(CodingKeys.position)
    }
}
