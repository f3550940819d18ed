import Foundation

/// Where submission versions are kept, append-only.
///
/// Domain code uses this protocol, not a database, so another backend can keep submissions too.
public protocol SubmissionRepository: Sendable {
    /// Stores the file as the next version of its locality's return, in one transaction, unless its
    /// bytes equal the current version's.
    ///
    /// - Throws: ``StoreError/cyclePublished(_:)`` when the cycle is published (nothing is stored).
    func record(_ incoming: IncomingSubmission) throws -> SubmissionOutcome

    /// Each locality's current (latest) version for the cycle, in locality code order.
    func currentSubmissions(cycleID: Int64) throws -> [Submission]

    /// Every version a locality has returned for the cycle, oldest first.
    func history(cycleID: Int64, localityCode: String) throws -> [Submission]

    /// The decoded self-assessment of one stored version.
    func assessment(of submission: Submission) throws -> SelfAssessment

    /// The warnings found when the version was read.
    func warnings(of submission: Submission) throws -> [Problem]

    /// The version's original bytes, exactly as received.
    func originalBytes(of submission: Submission) throws -> Data

    /// Each locality's current self-assessment for the cycle with `cycleID`, in locality code order.
    func currentAssessments(cycleID: Int64) throws -> [SelfAssessment]
}

extension SubmissionRepository {
    /// Each locality's current self-assessment for the cycle, in locality code order.
    public func currentAssessments(cycle: Cycle) throws -> [SelfAssessment] {
        try currentAssessments(cycleID: cycle.id)
    }

    /// Each locality's current self-assessment for the cycle with `cycleID`, in locality code order.
    public func currentAssessments(cycleID: Int64) throws -> [SelfAssessment] {
        try currentSubmissions(cycleID: cycleID).map { try assessment(of: $0) }
    }
}
