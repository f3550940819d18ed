import GRDB

extension StoreMigration {
    /// An index of the audit log by who acted and when, so that a sign-in reads the address's recent
    /// failures from the log quickly.
    public static let indexAuditByActor = StoreMigration(name: "indexAuditByActor") { db in
        try db.create(index: "auditEntryByActor", on: "auditEntry", columns: ["actor", "date"])
    }
}
