import Foundation
import SpreadsheetKit

extension Sheet {
    /// The columns that the header row `row` names, keyed by their titles trimmed and in lower case.
    ///
    /// Only columns within `used` are read; blank titles are skipped and, when a title repeats, its
    /// leftmost column wins. The Market Place and indicator imports find their columns this way.
    func headerColumns(row: Int, in used: CellRange) -> [String: Int] {
        var columns: [String: Int] = [:]
        for column in used.start.column...used.end.column {
            guard let title = self[row, column]?.text.trimmingCharacters(in: .whitespaces).lowercased(),
                !title.isEmpty, columns[title] == nil
            else { continue }
            columns[title] = column
        }
        return columns
    }
}
