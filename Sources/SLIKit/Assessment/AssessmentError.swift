/// Why answers cannot be written into a self-assessment workbook.
public enum AssessmentError: Error, Sendable, Hashable, CustomStringConvertible {
    /// The workbook has no row for the item (it is not an assessed item of the framework).
    case unknownItem(String)
    /// The workbook lacks a sheet the layout needs.
    case missingSheet(String)
    /// The contributor is not one of the agencies the Contributors sheet lists.
    case unknownContributor(String)
    /// The Market Place entry names a theme the framework does not have.
    case unknownTheme(String)
    /// More Market Place entries than the sheet has rows.
    case tooManyMarketPlaceEntries(Int, rows: Int)

    /// What is wrong and what is expected, in lower case.
    public var description: String {
        switch self {
        case .unknownItem(let id):
            "item \"\(id)\" has no row in the workbook: only the framework's assessed items can be answered"
        case .missingSheet(let name):
            "the workbook has no sheet \"\(name)\""
        case .unknownContributor(let name):
            "contributor \"\(name)\" is not one of the agencies listed: "
                + WorkbookLayout.agencies.joined(separator: ", ")
        case .unknownTheme(let id):
            "theme \"\(id)\" is not a theme of the framework"
        case .tooManyMarketPlaceEntries(let count, let rows):
            "\(count) Market Place entries do not fit the \(rows) rows of the sheet"
        }
    }
}
