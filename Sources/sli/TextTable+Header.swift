extension TextTable {
    /// A header row above `rows`, laid out in columns.
    static func render(_ header: [String], _ rows: [[String]]) -> String {
        render([header] + rows)
    }
}
