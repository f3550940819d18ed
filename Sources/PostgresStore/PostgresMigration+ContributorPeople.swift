extension PostgresMigration {
    /// The `people` column of `contributor`: who took part for each agency, as the Contributors sheet's
    /// "Who took part" column names them (empty for versions stored before it).
    public static let addContributorPeople = PostgresMigration(
        name: "addContributorPeople", statements: ["ALTER TABLE contributor ADD COLUMN people text"])
}
