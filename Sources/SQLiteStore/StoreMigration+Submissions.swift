import GRDB

extension StoreMigration {
    /// The append-only submission tables: versions, original files, answers, contributors, Market Place
    /// entries and the warnings found when each version was read.
    public static let createSubmissions = StoreMigration(name: "createSubmissions") { db in
        try db.create(table: "submission") { table in
            table.primaryKey("id", .integer)
            table.column("cycleID", .integer).notNull().references("cycle", onDelete: .restrict)
            table.column("localityCode", .text).notNull()
            table.column("version", .integer).notNull()
            table.column("sha256", .text).notNull()
            table.column("fileName", .text).notNull()
            table.column("format", .text).notNull()
            table.column("size", .integer).notNull()
            table.column("receivedAt", .datetime).notNull()
            table.column("submittedBy", .text).notNull()
            table.column("frameworkID", .text).notNull()
            table.column("frameworkVersion", .text).notNull()
            table.column("itemCount", .integer).notNull()
            table.column("answeredCount", .integer).notNull()
            table.column("warningCount", .integer).notNull()
            table.uniqueKey(["cycleID", "localityCode", "version"])
        }
        try db.create(table: "submissionFile") { table in
            table.primaryKey("submissionID", .integer).references("submission", onDelete: .restrict)
            table.column("bytes", .blob).notNull()
        }
        try db.create(table: "answer") { table in
            table.column("submissionID", .integer).notNull().references("submission", onDelete: .restrict)
            table.column("position", .integer).notNull()
            table.column("itemID", .text).notNull()
            table.column("themeID", .text).notNull()
            table.column("rating", .integer)
            table.column("notApplicable", .boolean).notNull()
            table.column("evidence", .text)
            table.column("lead", .text)
            table.column("targetDate", .datetime)
            table.column("goodPractice", .text)
            table.column("supportWanted", .text)
            table.column("source", .text).notNull()
            table.primaryKey(["submissionID", "position"])
        }
        try db.create(table: "contributor") { table in
            table.column("submissionID", .integer).notNull().references("submission", onDelete: .restrict)
            table.column("position", .integer).notNull()
            table.column("name", .text).notNull()
            table.primaryKey(["submissionID", "position"])
        }
        try db.create(table: "marketPlaceEntry") { table in
            table.column("submissionID", .integer).notNull().references("submission", onDelete: .restrict)
            table.column("position", .integer).notNull()
            table.column("kind", .text).notNull()
            table.column("localityCode", .text).notNull()
            table.column("themeID", .text).notNull()
            table.column("itemID", .text)
            table.column("title", .text).notNull()
            table.column("description", .text).notNull()
            table.column("capacity", .integer).notNull()
            table.column("source", .text)
            table.primaryKey(["submissionID", "position"])
        }
        try db.create(table: "submissionProblem") { table in
            table.column("submissionID", .integer).notNull().references("submission", onDelete: .restrict)
            table.column("position", .integer).notNull()
            table.column("severity", .text).notNull()
            table.column("sheet", .text)
            table.column("cell", .text)
            table.column("message", .text).notNull()
            table.primaryKey(["submissionID", "position"])
        }
        for table in ["submission", "submissionFile", "answer", "contributor", "marketPlaceEntry", "submissionProblem"]
        {
            try db.execute(
                sql: """
                    CREATE TRIGGER \(table)AppendOnlyUpdate BEFORE UPDATE ON \(table)
                    BEGIN SELECT RAISE(ABORT, 'submissions are append-only'); END;
                    CREATE TRIGGER \(table)AppendOnlyDelete BEFORE DELETE ON \(table)
                    BEGIN SELECT RAISE(ABORT, 'submissions are append-only'); END;
                    """
            )
        }
    }
}
