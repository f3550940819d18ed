extension PostgresMigration {
    /// An index of the audit log by who acted and when, so that a sign-in reads the address's recent
    /// failures from the log quickly.
    public static let indexAuditByActor = PostgresMigration(
        name: "indexAuditByActor", statements: ["CREATE INDEX audit_entry_by_actor ON audit_entry (actor, date)"])
}
