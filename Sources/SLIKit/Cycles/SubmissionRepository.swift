import Foundation

/// Where submission versions are kept, append-only.
///
/// Workflows use this protocol, not a database, so any store that passes the conformance suite can
/// keep submissions.
public protocol SubmissionRepository: Sendable {
    /// Stores the file as the next version of its locality's return, in one transaction, unless its
    /// bytes equal the current version's.
    ///
    /// - Throws: ``StoreError/cyclePublished(_:)`` when the cycle is published (nothing is stored).
    func record(_ incoming: IncomingSubmission) async throws -> SubmissionOutcome

    /// Each locality's current (latest) version for the cycle, in locality code order.
    func currentSubmissions(cycleID: Int64) async throws -> [Submission]

    /// Each locality's first version for the cycle, in locality code order: when each return first
    /// arrived, which decides whether it was late.
    func firstSubmissions(cycleID: Int64) async throws -> [Submission]

    /// Every version a locality has returned for the cycle, oldest first.
    func history(cycleID: Int64, localityCode: String) async throws -> [Submission]

    /// The decoded self-assessment of one stored version.
    func assessment(of submission: Submission) async throws -> SelfAssessment

    /// The warnings found when the version was read.
    func warnings(of submission: Submission) async throws -> [Problem]

    /// The version's original bytes, exactly as received.
    func originalBytes(of submission: Submission) async throws -> Data

    /// Each locality's current self-assessment for the cycle with `cycleID`, in locality code order.
    func currentAssessments(cycleID: Int64) async throws -> [SelfAssessment]

    /// Stores a version exactly as another store holds it (id, version number, dates), in one
    /// transaction: how ``StoreCopy`` copies a submission.
    ///
    /// - Throws: ``StoreError/cyclePublished(_:)`` when the cycle is published.
    func restoreSubmission(_ submission: Submission, assessment: SelfAssessment, warnings: [Problem], bytes: Data)
        async throws
}

extension SubmissionRepository {
    /// Each locality's current self-assessment for the cycle, in locality code order.
    public func currentAssessments(cycle: Cycle) async throws -> [SelfAssessment] {
        try await currentAssessments(cycleID: cycle.id)
    }

    /// Each locality's current self-assessment for the cycle with `cycleID`, in locality code order.
    public func currentAssessments(cycleID: Int64) async throws -> [SelfAssessment] {
        var assessments: [SelfAssessment] = []
        for submission in try await currentSubmissions(cycleID: cycleID) {
            assessments.append(try await assessment(of: submission))
        }
        return assessments
    }
}
