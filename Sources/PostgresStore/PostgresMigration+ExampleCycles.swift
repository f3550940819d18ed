extension PostgresMigration {
    /// The `example_cycle` table: the cycles whose data are synthetic (made by the example cycle), so that
    /// every report page built from them says so.
    public static let createExampleCycles = PostgresMigration(
        name: "createExampleCycles",
        statements: [
            "CREATE TABLE example_cycle (cycle_id bigint PRIMARY KEY REFERENCES cycle (id) ON DELETE CASCADE)"
        ])
}
