/// A locality's action plan as read from a spreadsheet: its actions and what was wrong with it.
public struct ActionPlan: Sendable, Hashable {
    /// The file's name as the user gave it.
    public var fileName: String
    /// The sheet the plan was read from.
    public var sheet: String
    /// The header row's number as the spreadsheet shows it (1-based).
    public var headerRow: Int
    /// The zero-based column index of each column recognised.
    public var columns: [ActionPlanColumn: Int]
    /// The header text each column was recognised from.
    public var headers: [ActionPlanColumn: String]
    /// The actions of the usable rows, in row order.
    public var actions: [PlannedAction]
    /// Rows and cells that could not be used, each with its sheet and cell.
    public var problems: [Problem]
    /// The rows (1-based) read as the continuation of the action above: no action of their own, but a
    /// lead, a date or other text, as a table continued across a page break leaves them.
    public var continuationRows: [Int]

    /// A plan with the given content.
    public init(
        fileName: String, sheet: String, headerRow: Int, columns: [ActionPlanColumn: Int],
        headers: [ActionPlanColumn: String], actions: [PlannedAction], problems: [Problem],
        continuationRows: [Int] = []
    ) {
        self.fileName = fileName
        self.sheet = sheet
        self.headerRow = headerRow
        self.columns = columns
        self.headers = headers
        self.actions = actions
        self.problems = problems
        self.continuationRows = continuationRows
    }

    /// Whether any problem is an error.
    public var hasErrors: Bool { problems.contains { $0.severity == .error } }
}
