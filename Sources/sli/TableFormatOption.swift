import ArgumentParser

/// The `--format table|csv|json` option shared by the commands that print rows.
struct TableFormatOption: ParsableArguments {
    @Option(help: "How to print the rows: table (for reading in a terminal), csv or json.")
    var format: TableFormat = .table
}
