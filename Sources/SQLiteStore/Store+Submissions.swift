import Foundation
import GRDB
import SLIKit

extension Store: SubmissionRepository {
    /// Stores the file as the next version of its locality's return, in one transaction, unless its
    /// bytes equal the current version's.
    public func record(_ incoming: IncomingSubmission) async throws -> SubmissionOutcome {
        let sha256 = incoming.sha256
        return try await write { db in
            guard let cycle = try CycleRecord.fetchOne(db, key: incoming.cycleID)?.cycle else {
                throw StoreError.unknownCycle(String(incoming.cycleID))
            }
            if cycle.published { throw StoreError.cyclePublished(cycle.name) }
            let assessment = incoming.assessment
            let current = try Self.current(cycleID: cycle.id, localityCode: assessment.localityCode, in: db)
            if let current, current.sha256 == sha256, current.size == incoming.bytes.count {
                return .unchanged(current)
            }
            var submission = incoming.submission(
                id: 0, version: (current?.version ?? 0) + 1, receivedAt: Self.stored(incoming.receivedAt))
            submission.id = try Self.insert(
                submission, assessment: assessment, warnings: incoming.warnings, bytes: incoming.bytes,
                assigningID: true,
                in: db)
            return .accepted(submission)
        }
    }

    /// Stores a version exactly as another store holds it (id, version number, dates), in one transaction.
    ///
    /// - Throws: ``StoreError/cyclePublished(_:)`` when the cycle is published.
    public func restoreSubmission(
        _ submission: Submission, assessment: SelfAssessment, warnings: [Problem], bytes: Data
    ) async throws {
        try await write { db in
            guard let cycle = try CycleRecord.fetchOne(db, key: submission.cycleID)?.cycle else {
                throw StoreError.unknownCycle(String(submission.cycleID))
            }
            if cycle.published { throw StoreError.cyclePublished(cycle.name) }
            try Self.insert(submission, assessment: assessment, warnings: warnings, bytes: bytes, in: db)
        }
    }

    /// Inserts the version's row, its original bytes, answers, contributors, Market Place entries and
    /// warnings; returns its id, which the database assigns when `assigningID` (a new version) and is the
    /// submission's own otherwise (a copy).
    @discardableResult
    static func insert(
        _ submission: Submission, assessment: SelfAssessment, warnings: [Problem], bytes: Data,
        assigningID: Bool = false, in db: Database
    ) throws -> Int64 {
        try (assigningID ? SubmissionRecord(new: submission) : SubmissionRecord(submission)).insert(db)
        let id = assigningID ? db.lastInsertedRowID : submission.id
        try SubmissionFileRecord(submissionID: id, bytes: bytes).insert(db)
        for (position, answer) in assessment.answers.enumerated() {
            try AnswerRecord(answer, submissionID: id, position: position).insert(db)
        }
        for (position, name) in assessment.contributors.enumerated() {
            try ContributorRecord(
                submissionID: id, position: position, name: name, people: assessment.contributorPeople[name]
            ).insert(db)
        }
        for (position, entry) in assessment.marketPlace.enumerated() {
            try MarketPlaceEntryRecord(entry, submissionID: id, position: position).insert(db)
        }
        for (position, problem) in warnings.enumerated() {
            try SubmissionProblemRecord(problem, submissionID: id, position: position).insert(db)
        }
        return id
    }

    /// Each locality's current (latest) version for the cycle, in locality code order.
    public func currentSubmissions(cycleID: Int64) async throws -> [Submission] {
        try await read { db in try Self.currentSubmissions(cycleID: cycleID, in: db) }
    }

    /// Each locality's first version for the cycle, in locality code order.
    public func firstSubmissions(cycleID: Int64) async throws -> [Submission] {
        try await read { db in
            try SubmissionRecord
                .filter(SubmissionRecord.Columns.cycleID == cycleID && SubmissionRecord.Columns.version == 1)
                .order(SubmissionRecord.Columns.localityCode)
                .fetchAll(db)
                .map(\.submission)
        }
    }

    /// Every version a locality has returned for the cycle, oldest first.
    public func history(cycleID: Int64, localityCode: String) async throws -> [Submission] {
        try await read { db in
            try SubmissionRecord
                .filter(
                    SubmissionRecord.Columns.cycleID == cycleID && SubmissionRecord.Columns.localityCode == localityCode
                )
                .order(SubmissionRecord.Columns.version)
                .fetchAll(db)
                .map(\.submission)
        }
    }

    /// The decoded self-assessment of one stored version.
    public func assessment(of submission: Submission) async throws -> SelfAssessment {
        try await read { db in try Self.assessment(of: submission, in: db) }
    }

    /// Each locality's current self-assessment for the cycle, read in one snapshot, in locality code order.
    public func currentAssessments(cycleID: Int64) async throws -> [SelfAssessment] {
        try await read { db in
            try Self.currentSubmissions(cycleID: cycleID, in: db).map { try Self.assessment(of: $0, in: db) }
        }
    }

    /// The warnings found when the version was read.
    public func warnings(of submission: Submission) async throws -> [Problem] {
        try await read { db in
            try SubmissionProblemRecord
                .filter(SubmissionProblemRecord.Columns.submissionID == submission.id)
                .order(SubmissionProblemRecord.Columns.position)
                .fetchAll(db)
                .map { $0.problem(file: submission.fileName) }
        }
    }

    /// The version's original bytes, exactly as received.
    public func originalBytes(of submission: Submission) async throws -> Data {
        try await read { db in
            try Data.fetchOne(
                db, sql: "SELECT bytes FROM submissionFile WHERE submissionID = ?", arguments: [submission.id])
                ?? Data()
        }
    }

    /// The latest version from one locality, if any.
    static func current(cycleID: Int64, localityCode: String, in db: Database) throws -> Submission? {
        try SubmissionRecord
            .filter(
                SubmissionRecord.Columns.cycleID == cycleID && SubmissionRecord.Columns.localityCode == localityCode
            )
            .order(SubmissionRecord.Columns.version.desc)
            .fetchOne(db)?
            .submission
    }

    /// The latest version from every locality that returned one.
    static func currentSubmissions(cycleID: Int64, in db: Database) throws -> [Submission] {
        try SubmissionRecord.fetchAll(
            db,
            sql: """
                SELECT submission.* FROM submission
                JOIN (SELECT localityCode, MAX(version) AS version FROM submission WHERE cycleID = ?
                      GROUP BY localityCode) AS latest
                  ON latest.localityCode = submission.localityCode AND latest.version = submission.version
                WHERE submission.cycleID = ?
                ORDER BY submission.localityCode
                """,
            arguments: [cycleID, cycleID]
        ).map(\.submission)
    }

    /// Rebuilds the self-assessment a version holds.
    static func assessment(of submission: Submission, in db: Database) throws -> SelfAssessment {
        let answers = try AnswerRecord.filter(AnswerRecord.Columns.submissionID == submission.id)
            .order(AnswerRecord.Columns.position).fetchAll(db)
        let contributors = try ContributorRecord.filter(ContributorRecord.Columns.submissionID == submission.id)
            .order(ContributorRecord.Columns.position).fetchAll(db)
        let entries = try MarketPlaceEntryRecord.filter(MarketPlaceEntryRecord.Columns.submissionID == submission.id)
            .order(MarketPlaceEntryRecord.Columns.position).fetchAll(db)
        return SelfAssessment(
            frameworkID: submission.frameworkID, frameworkVersion: submission.frameworkVersion,
            localityCode: submission.localityCode, answers: answers.map(\.answer),
            contributors: contributors.map(\.name),
            contributorPeople: Dictionary(contributors.compactMap { record in record.people.map { (record.name, $0) } })
            {
                first, _ in first
            },
            marketPlace: entries.map(\.entry))
    }
}
