extension PostgresMigration {
    /// Every migration this build knows, in the order they run: the SQLite store's names and order.
    ///
    /// Append new migrations at the end; never reorder, rename or remove one.
    public static let all: [PostgresMigration] = [
        .createCycles,
        .createSubmissions,
        .createIndicatorValues,
        .createMarketEntries,
        .createTracking,
        .createExampleCycles,
        .addContributorPeople,
        .createAccounts,
        .indexAuditByActor,
    ]
}
