import Foundation
import SpreadsheetKit

/// The tracker workbook lead bodies fill in: one sheet per lead body, one row per recommendation.
///
/// Row 1 holds the headers (`columns`); each later row one recommendation with its current status, note,
/// evidence, reason, due date and the last update's author and date. A lead body returns the workbook
/// with the status and note columns changed; ``TrackerImport`` reads them back.
public enum TrackerWorkbook {
    /// The headers, in column order.
    public static let columns = [
        "ID", "Recommendation", "Theme", "Lead body", "Due date", "Status", "Note", "Evidence",
        "Reason (if not taken forward)", "Updated by", "Update date",
    ]

    /// The statuses a cell may hold, as written in the workbook.
    public static let statusChoices = RecommendationStatus.allCases.map(\.rawValue)

    /// The tracker's content on `day`, one sheet per lead body in the order they first appear.
    ///
    /// A recommendation naming several lead bodies appears on each of their sheets.
    ///
    /// Sheet names are the lead bodies' names cut to 31 characters with `:\/?*[]` replaced, made unique.
    public static func workbook(_ tracker: RecommendationTracker, asOf day: Date) -> Workbook {
        var sheets: [Sheet] = []
        var names: Set<String> = []
        for summary in tracker.summaryByLead(asOf: day) {
            var sheet = Sheet(name: sheetName(summary.group, taken: names))
            names.insert(sheet.name)
            for (column, header) in columns.enumerated() {
                sheet[CellReference(row: 0, column: column)] = .string(header)
            }
            let recommendations = tracker.recommendations(asOf: day).filter { $0.leadBodies.contains(summary.group) }
            for (index, recommendation) in recommendations.enumerated() {
                let latest = recommendation.latestUpdate
                let values: [CellValue?] = [
                    .string(recommendation.item.id), .string(recommendation.item.text),
                    .string(recommendation.themeName),
                    .string(recommendation.lead), recommendation.dueDate.map(CellValue.date),
                    .string(recommendation.status.rawValue),
                    latest.flatMap { $0.note.isEmpty ? nil : .string($0.note) },
                    latest?.evidence.map(CellValue.string), latest?.reason.map(CellValue.string),
                    latest.map { .string($0.author) }, latest.map { .date($0.date) },
                ]
                for (column, value) in values.enumerated() {
                    sheet[CellReference(row: index + 1, column: column)] = value
                }
            }
            sheets.append(sheet)
        }
        return Workbook(sheets: sheets)
    }

    /// The tracker ready to write on `day`: bold frozen headers, a status drop-down, and the status, note,
    /// evidence, reason, due date and update columns left editable on otherwise protected sheets.
    public static func draft(_ tracker: RecommendationTracker, asOf day: Date) -> WorkbookDraft {
        let editable = Set([
            "Due date", "Status", "Note", "Evidence", "Reason (if not taken forward)", "Updated by", "Update date",
        ])
        let widths: [Double] = [6, 60, 24, 30, 12, 18, 40, 30, 30, 18, 12]
        return WorkbookDraft(
            sheets: workbook(tracker, asOf: day).sheets.map { sheet in
                var draft = SheetDraft(name: sheet.name, frozenRows: 1, isProtected: true)
                let lastRow = max(1, sheet.usedRange?.end.row ?? 1)
                for (column, header) in columns.enumerated() {
                    draft.columnWidths[column] = widths[column]
                    draft[0, column] = DraftCell(.string(header), style: CellStyle(isBold: true, fill: "DDEBF7"))
                    for row in 1...lastRow {
                        draft[row, column] = DraftCell(
                            sheet[row, column],
                            style: CellStyle(
                                wrapsText: column == 1 || column == 6, isLocked: !editable.contains(header)))
                    }
                }
                let statusColumn = columns.firstIndex(of: "Status") ?? 5
                draft.validations = [
                    ListValidation(
                        range: CellRange(
                            CellReference(row: 1, column: statusColumn),
                            CellReference(row: lastRow, column: statusColumn)),
                        source: .values(statusChoices),
                        errorMessage: "choose one of \(statusChoices.joined(separator: ", "))")
                ]
                return draft
            })
    }

    private static func sheetName(_ lead: String, taken: Set<String>) -> String {
        let cleaned = String(lead.map { ":\\/?*[]".contains($0) ? "-" : $0 }.prefix(31))
        var name = cleaned
        var number = 2
        while taken.contains(name) {
            let suffix = " (\(number))"
            name = String(cleaned.prefix(31 - suffix.count)) + suffix
            number += 1
        }
        return name
    }
}
