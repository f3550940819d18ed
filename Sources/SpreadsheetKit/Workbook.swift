/// A spreadsheet file's content, whatever format it came in: its sheets in workbook order.
public struct Workbook: Sendable, Hashable {
    /// The sheets, in the order of their tabs.
    public var sheets: [Sheet]

    /// A workbook of the given sheets.
    public init(sheets: [Sheet] = []) {
        self.sheets = sheets
    }

    /// The first sheet named `name`, compared exactly.
    public func sheet(named name: String) -> Sheet? {
        sheets.first { $0.name == name }
    }
}
