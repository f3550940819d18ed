import Foundation
import PostgresNIO
import SLIKit
import SpreadsheetKit

extension PostgresStore: SubmissionRepository {
    /// The columns of `submission` in the order ``submission(from:)`` reads them.
    static let submissionColumns = """
        id, cycle_id, locality_code, version, sha256, file_name, format, size, received_at, submitted_by,
        framework_id, framework_version, item_count, answered_count, warning_count
        """

    /// Stores the file as the next version of its locality's return, in one transaction, unless its
    /// bytes equal the current version's.
    ///
    /// The cycle's row is locked first, so two servers storing files for one cycle at once take turns:
    /// versions are numbered without gaps or repeats, and a publish waits for the file (or the file for
    /// the publish, and is then refused).
    public func record(_ incoming: IncomingSubmission) async throws -> SubmissionOutcome {
        let sha256 = incoming.sha256
        return try await transaction("storing \(incoming.fileName)", .idempotentWrite) { [self] connection in
            guard let cycle = try await cycle(id: incoming.cycleID, on: connection, locking: true) else {
                throw StoreError.unknownCycle(String(incoming.cycleID))
            }
            if cycle.published { throw StoreError.cyclePublished(cycle.name) }
            let assessment = incoming.assessment
            let current = try await currentSubmission(
                cycleID: cycle.id, localityCode: assessment.localityCode, on: connection)
            if let current, current.sha256 == sha256, current.size == incoming.bytes.count {
                return .unchanged(current)
            }
            var submission = incoming.submission(
                id: 0, version: (current?.version ?? 0) + 1, receivedAt: Self.stored(incoming.receivedAt))
            submission.id = try await insert(submission, on: connection)
            try await insertContent(
                of: submission, assessment: assessment, warnings: incoming.warnings, bytes: incoming.bytes,
                on: connection)
            return .accepted(submission)
        }
    }

    /// Stores a version exactly as another store holds it (id, version number, dates), in one transaction.
    ///
    /// - Throws: ``StoreError/cyclePublished(_:)`` when the cycle is published.
    public func restoreSubmission(
        _ submission: Submission, assessment: SelfAssessment, warnings: [Problem], bytes: Data
    ) async throws {
        try await transaction("copying \(submission.fileName)", .write) { [self] connection in
            guard let cycle = try await cycle(id: submission.cycleID, on: connection, locking: true) else {
                throw StoreError.unknownCycle(String(submission.cycleID))
            }
            if cycle.published { throw StoreError.cyclePublished(cycle.name) }
            _ = try await insert(submission, on: connection)
            try await insertContent(
                of: submission, assessment: assessment, warnings: warnings, bytes: bytes, on: connection)
            try await advanceIdentity(of: "submission", on: connection)
        }
    }

    /// Each locality's current (latest) version for the cycle, in locality code order.
    public func currentSubmissions(cycleID: Int64) async throws -> [Submission] {
        try await transaction("listing the current returns of cycle \(cycleID)", .read) { [self] connection in
            try await currentSubmissions(cycleID: cycleID, on: connection)
        }
    }

    /// Each locality's first version for the cycle, in locality code order.
    public func firstSubmissions(cycleID: Int64) async throws -> [Submission] {
        try await transaction("listing when each return first arrived", .read) { [self] connection in
            try await connection.query(
                """
                SELECT \(unescaped: Self.submissionColumns) FROM submission
                WHERE cycle_id = \(cycleID) AND version = 1 ORDER BY locality_code
                """, logger: logger
            ).collect().map(Self.submission(from:))
        }
    }

    /// Every version a locality has returned for the cycle, oldest first.
    public func history(cycleID: Int64, localityCode: String) async throws -> [Submission] {
        try await transaction("listing the versions from \(localityCode)", .read) { [self] connection in
            try await connection.query(
                """
                SELECT \(unescaped: Self.submissionColumns) FROM submission
                WHERE cycle_id = \(cycleID) AND locality_code = \(localityCode) ORDER BY version
                """, logger: logger
            ).collect().map(Self.submission(from:))
        }
    }

    /// The decoded self-assessment of one stored version.
    public func assessment(of submission: Submission) async throws -> SelfAssessment {
        try await transaction("reading version \(submission.version) from \(submission.localityCode)", .read) {
            [self] connection in
            try await assessment(of: submission, on: connection)
        }
    }

    /// Each locality's current self-assessment for the cycle, read in one snapshot, in locality code order.
    public func currentAssessments(cycleID: Int64) async throws -> [SelfAssessment] {
        try await transaction("reading the current returns of cycle \(cycleID)", .read) { [self] connection in
            var assessments: [SelfAssessment] = []
            for submission in try await currentSubmissions(cycleID: cycleID, on: connection) {
                assessments.append(try await assessment(of: submission, on: connection))
            }
            return assessments
        }
    }

    /// The warnings found when the version was read.
    public func warnings(of submission: Submission) async throws -> [Problem] {
        try await transaction("reading the warnings of \(submission.fileName)", .read) { [self] connection in
            try await connection.query(
                """
                SELECT severity, sheet, cell, message FROM submission_problem
                WHERE submission_id = \(submission.id) ORDER BY position
                """, logger: logger
            ).collect().map { row in
                let (severity, sheet, cell, message) = try row.decode((String, String?, String?, String).self)
                return Problem(
                    file: submission.fileName, sheet: sheet, cell: cell,
                    severity: Problem.Severity(rawValue: severity) ?? .warning, message: message)
            }
        }
    }

    /// The version's original bytes, exactly as received.
    public func originalBytes(of submission: Submission) async throws -> Data {
        try await transaction("reading the original file \(submission.fileName)", .read) { [self] connection in
            try await connection.query(
                "SELECT bytes FROM submission_file WHERE submission_id = \(submission.id)", logger: logger
            ).collect().first?.decode(Data.self) ?? Data()
        }
    }

    /// Inserts the version's row, with the id it has when not zero, and returns its id.
    func insert(_ submission: Submission, on connection: PostgresConnection) async throws -> Int64 {
        let id: Int64? = submission.id == 0 ? nil : submission.id
        let rows = try await connection.query(
            """
            INSERT INTO submission (id, cycle_id, locality_code, version, sha256, file_name, format, size,
                received_at, submitted_by, framework_id, framework_version, item_count, answered_count,
                warning_count)
            VALUES (COALESCE(\(id), nextval(pg_get_serial_sequence('submission', 'id'))), \(submission.cycleID),
                \(submission.localityCode), \(submission.version), \(submission.sha256), \(submission.fileName),
                \(submission.format.rawValue), \(submission.size), \(submission.receivedAt),
                \(submission.submittedBy), \(submission.frameworkID), \(submission.frameworkVersion),
                \(submission.itemCount), \(submission.answeredCount), \(submission.warningCount))
            RETURNING id
            """, logger: logger
        ).collect()
        guard let row = rows.first else { return submission.id }
        return try row.decode(Int64.self)
    }

    /// Inserts the version's original bytes, answers, contributors, Market Place entries and warnings.
    func insertContent(
        of submission: Submission, assessment: SelfAssessment, warnings: [Problem], bytes: Data,
        on connection: PostgresConnection
    ) async throws {
        let id = submission.id
        try await connection.query(
            "INSERT INTO submission_file (submission_id, bytes) VALUES (\(id), \(bytes))", logger: logger)
        try await PostgresInsert.positioned(
            assessment.answers, into: "answer",
            columns: [
                "item_id", "theme_id", "rating", "not_applicable", "evidence", "lead", "target_date",
                "good_practice", "support_wanted", "source",
            ], submission: id, on: connection, logger: logger
        ) { answer, row in
            row.append(answer.itemID)
            row.append(answer.themeID)
            row.append(answer.rating?.value)
            row.append(answer.rating == .notApplicable)
            row.append(answer.evidence)
            row.append(answer.lead)
            row.append(answer.targetDate)
            row.append(answer.goodPractice)
            row.append(answer.supportWanted)
            row.append(answer.source)
        }
        try await PostgresInsert.positioned(
            assessment.contributors, into: "contributor", columns: ["name", "people"], submission: id,
            on: connection, logger: logger
        ) { name, row in
            row.append(name)
            row.append(assessment.contributorPeople[name])
        }
        try await PostgresInsert.positioned(
            assessment.marketPlace, into: "market_place_entry",
            columns: ["kind", "locality_code", "theme_id", "item_id", "title", "description", "capacity", "source"],
            submission: id, on: connection, logger: logger
        ) { entry, row in
            row.append(entry.kind.rawValue)
            row.append(entry.localityCode)
            row.append(entry.themeID)
            row.append(entry.itemID)
            row.append(entry.title)
            row.append(entry.description)
            row.append(entry.capacity)
            row.append(entry.source)
        }
        try await PostgresInsert.positioned(
            warnings, into: "submission_problem", columns: ["severity", "sheet", "cell", "message"], submission: id,
            on: connection, logger: logger
        ) { problem, row in
            row.append(problem.severity.rawValue)
            row.append(problem.sheet)
            row.append(problem.cell)
            row.append(problem.message)
        }
    }

    /// The latest version from one locality, if any.
    func currentSubmission(cycleID: Int64, localityCode: String, on connection: PostgresConnection) async throws
        -> Submission?
    {
        try await connection.query(
            """
            SELECT \(unescaped: Self.submissionColumns) FROM submission
            WHERE cycle_id = \(cycleID) AND locality_code = \(localityCode) ORDER BY version DESC LIMIT 1
            """, logger: logger
        ).collect().first.map(Self.submission(from:))
    }

    /// The latest version from every locality that returned one, in locality code order (byte order, as
    /// SQLite sorts).
    func currentSubmissions(cycleID: Int64, on connection: PostgresConnection) async throws -> [Submission] {
        try await connection.query(
            """
            SELECT DISTINCT ON (locality_code COLLATE "C") \(unescaped: Self.submissionColumns) FROM submission
            WHERE cycle_id = \(cycleID) ORDER BY locality_code COLLATE "C", version DESC
            """, logger: logger
        ).collect().map(Self.submission(from:))
    }

    /// Rebuilds the self-assessment a version holds.
    func assessment(of submission: Submission, on connection: PostgresConnection) async throws -> SelfAssessment {
        let answers = try await connection.query(
            """
            SELECT item_id, theme_id, rating, not_applicable, evidence, lead, target_date, good_practice,
                support_wanted, source
            FROM answer WHERE submission_id = \(submission.id) ORDER BY position
            """, logger: logger
        ).collect().map { row in
            let (
                itemID, themeID, rating, notApplicable, evidence, lead, targetDate, goodPractice, supportWanted, source
            ) =
                try row.decode(
                    (String, String, Int?, Bool, String?, String?, Date?, String?, String?, String).self)
            let value: Rating? = notApplicable ? .notApplicable : rating.map { .level($0) }
            return Answer(
                itemID: itemID, themeID: themeID, rating: value, evidence: evidence, lead: lead,
                targetDate: targetDate, goodPractice: goodPractice, supportWanted: supportWanted, source: source)
        }
        let contributors = try await connection.query(
            "SELECT name, people FROM contributor WHERE submission_id = \(submission.id) ORDER BY position",
            logger: logger
        ).collect().map { try $0.decode((String, String?).self) }
        let entries = try await connection.query(
            """
            SELECT kind, locality_code, theme_id, item_id, title, description, capacity, source
            FROM market_place_entry WHERE submission_id = \(submission.id) ORDER BY position
            """, logger: logger
        ).collect().map(Self.marketEntry(from:))
        return SelfAssessment(
            frameworkID: submission.frameworkID, frameworkVersion: submission.frameworkVersion,
            localityCode: submission.localityCode, answers: answers, contributors: contributors.map { $0.0 },
            contributorPeople: Dictionary(contributors.compactMap { name, people in people.map { (name, $0) } }) {
                first, _ in first
            },
            marketPlace: entries)
    }

    /// The submission a row of ``submissionColumns`` holds.
    static func submission(from row: PostgresRow) throws -> Submission {
        let (
            id, cycleID, localityCode, version, sha256, fileName, format, size, receivedAt, submittedBy,
            frameworkID, frameworkVersion, itemCount, answeredCount, warningCount
        ) = try row.decode(
            (
                Int64, Int64, String, Int, String, String, String, Int, Date, String, String, String, Int, Int,
                Int
            ).self)
        guard let spreadsheetFormat = SpreadsheetFormat(rawValue: format) else {
            throw StoreError.notAStore(
                path: fileName, reason: "version \(version) from \(localityCode) has the unknown format \"\(format)\"")
        }
        return Submission(
            id: id, cycleID: cycleID, localityCode: localityCode, version: version, sha256: sha256,
            fileName: fileName, format: spreadsheetFormat, size: size, receivedAt: receivedAt,
            submittedBy: submittedBy, frameworkID: frameworkID, frameworkVersion: frameworkVersion,
            itemCount: itemCount, answeredCount: answeredCount, warningCount: warningCount)
    }
}
