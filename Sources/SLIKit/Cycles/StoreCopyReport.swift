/// What a checked copy of a store holds.
public struct StoreCopyReport: Sendable, Hashable {
    /// How many rows each table of the copy holds, by the table's name.
    public var rowCounts: [String: Int]
    /// How many original files were checked by SHA-256.
    public var filesChecked: Int
    /// How many portal accounts were copied and checked.
    public var accounts: Int
    /// How many audit log entries were copied and checked.
    public var auditEntries: Int

    /// A report with the given content.
    public init(rowCounts: [String: Int], filesChecked: Int, accounts: Int = 0, auditEntries: Int = 0) {
        self.rowCounts = rowCounts
        self.filesChecked = filesChecked
        self.accounts = accounts
        self.auditEntries = auditEntries
    }
}
