import ArgumentParser

/// The `--format` of the commands that print rows: a terminal table, CSV or JSON.
///
/// `text` is read as `table`, so `sli status --format text` keeps working.
enum TableFormat: String, ExpressibleByArgument, CaseIterable {
    case table, csv, json

    /// The format `argument` names, taking `text` for `table`.
    init?(argument: String) {
        self.init(rawValue: argument == "text" ? TableFormat.table.rawValue : argument)
    }
}
