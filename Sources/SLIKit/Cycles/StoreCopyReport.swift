/// What a checked copy of a store holds.
public struct StoreCopyReport: Sendable, Hashable {
    /// How many rows each table of the copy holds, by the table's name.
    public var rowCounts: [String: Int]
    /// How many original files were checked by SHA-256.
    public var filesChecked: Int

    /// A report with the given content.
    public init(rowCounts: [String: Int], filesChecked: Int) {
        self.rowCounts = rowCounts
        self.filesChecked = filesChecked
    }
}
