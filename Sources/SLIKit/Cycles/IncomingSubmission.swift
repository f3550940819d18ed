import Crypto
import Foundation
import SpreadsheetKit

/// A decoded file ready to be stored as a new version of a locality's return.
public struct IncomingSubmission: Sendable, Hashable {
    /// The cycle the file is returned for.
    public var cycleID: Int64
    /// The file's name as received.
    public var fileName: String
    /// The format the file was read as.
    public var format: SpreadsheetFormat
    /// The file's bytes, exactly as received.
    public var bytes: Data
    /// When the file was received.
    public var receivedAt: Date
    /// Who submitted it.
    public var submittedBy: String
    /// What the file says.
    public var assessment: SelfAssessment
    /// The warnings reading the file gave (it has no errors, or it would not be stored).
    public var warnings: [Problem]

    /// A file ready to store.
    public init(
        cycleID: Int64, fileName: String, format: SpreadsheetFormat, bytes: Data, receivedAt: Date,
        submittedBy: String, assessment: SelfAssessment, warnings: [Problem] = []
    ) {
        self.cycleID = cycleID
        self.fileName = fileName
        self.format = format
        self.bytes = bytes
        self.receivedAt = receivedAt
        self.submittedBy = submittedBy
        self.assessment = assessment
        self.warnings = warnings
    }

    /// The version this file becomes when stored with `id` as the locality's version `version`, received at
    /// `receivedAt` (the store's precision of the file's time).
    public func submission(id: Int64, version: Int, receivedAt: Date) -> Submission {
        Submission(
            id: id, cycleID: cycleID, localityCode: assessment.localityCode, version: version, sha256: sha256,
            fileName: fileName, format: format, size: bytes.count, receivedAt: receivedAt, submittedBy: submittedBy,
            frameworkID: assessment.frameworkID, frameworkVersion: assessment.frameworkVersion,
            itemCount: assessment.answers.count, answeredCount: assessment.answers.count { $0.rating != nil },
            warningCount: warnings.count { $0.severity == .warning })
    }

    /// The SHA-256 of the bytes, in lower-case hexadecimal.
    public var sha256: String {
        SHA256.hash(data: bytes).map { byte in
            let digits = String(byte, radix: 16)
            return byte < 16 ? "0" + digits : digits
        }.joined()
    }
}
