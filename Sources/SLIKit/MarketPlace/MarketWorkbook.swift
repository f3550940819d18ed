import SpreadsheetKit

/// The Market Place plan and contact lists as a workbook to hand out: a sheet per table, bold
/// headings, the heading row frozen.
public enum MarketWorkbook {
    /// A workbook with the sheets `Plan` and `Contacts`.
    public static func draft(plan: MatchPlanTable, contacts: ContactTable) -> WorkbookDraft {
        WorkbookDraft(sheets: [
            sheet(named: "Plan", header: MatchPlanTable.header, rows: plan.rows),
            sheet(named: "Contacts", header: ContactTable.header, rows: contacts.rows),
        ])
    }

    /// One sheet of text cells under a bold, frozen heading row.
    static func sheet(named name: String, header: [String], rows: [[String]]) -> SheetDraft {
        var sheet = SheetDraft(name: name, frozenRows: 1)
        for (column, heading) in header.enumerated() {
            sheet[0, column] = DraftCell(.string(heading), style: CellStyle(isBold: true))
            let widest = rows.map { column < $0.count ? $0[column].count : 0 }.max() ?? 0
            sheet.columnWidths[column] = Double(min(60, max(heading.count, widest) + 2)) * 6
        }
        for (row, values) in rows.enumerated() {
            for (column, value) in values.enumerated() where !value.isEmpty {
                sheet[row + 1, column] = DraftCell(.string(value), style: CellStyle(wrapsText: true))
            }
        }
        return sheet
    }
}
