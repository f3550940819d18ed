extension StoreMigration {
    /// Every migration this build knows, in the order they run.
    ///
    /// Append new migrations at the end; never reorder, rename or remove one.
    public static let all: [StoreMigration] = [
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
