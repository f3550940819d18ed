extension PostgresMigration {
    /// The `indicator_value` table: one row per cycle, area, indicator and period.
    public static let createIndicatorValues = PostgresMigration(
        name: "createIndicatorValues",
        statements: [
            """
            CREATE TABLE indicator_value (
                cycle_id bigint NOT NULL REFERENCES cycle (id) ON DELETE CASCADE,
                area_code text NOT NULL,
                indicator_id text NOT NULL,
                period text NOT NULL,
                numerator double precision NOT NULL,
                denominator double precision NOT NULL,
                source_file text NOT NULL,
                imported_at timestamptz NOT NULL,
                PRIMARY KEY (cycle_id, area_code, indicator_id, period)
            )
            """
        ])
}
