import Foundation
import SpreadsheetKit

/// Reads a returned tracker workbook and turns its changed rows into recommendation updates.
///
/// Every sheet with an `ID` and a `Status` header in row 1 is read (headers are matched without regard
/// to case; the other columns are optional). A row becomes an update when its status, note, evidence,
/// reason or due date differs from the recommendation's current update; unchanged rows are left alone.
/// Every problem names its sheet and cell: an identifier that is not a tracked recommendation, a status
/// that is not one of the four, a date that cannot be read, a recommendation not taken forward without a
/// reason. Nothing should be applied while any problem remains.
public struct TrackerImport: Sendable {
    /// What a returned tracker holds: the updates to apply and the problems found.
    public struct Result: Sendable, Hashable {
        /// The updates, in sheet and row order.
        public var updates: [RecommendationUpdate]
        /// The problems, each at its sheet and cell.
        public var problems: [Problem]
    }

    /// The tracker the workbook is checked against.
    public var tracker: RecommendationTracker
    /// The author of rows that name none.
    public var defaultAuthor: String
    /// The date of rows that give none.
    public var defaultDate: Date

    /// An importer checking against `tracker`, with the author and date for rows that leave them blank.
    public init(tracker: RecommendationTracker, defaultAuthor: String, defaultDate: Date) {
        self.tracker = tracker
        self.defaultAuthor = defaultAuthor
        self.defaultDate = defaultDate
    }

    /// The updates and problems in `workbook`, read from the file `fileName`.
    public func read(_ workbook: Workbook, fileName: String) -> Result {
        var updates: [RecommendationUpdate] = []
        var problems: [Problem] = []
        var checked = tracker
        let current = Dictionary(
            tracker.recommendations(asOf: .distantFuture).map { ($0.item.id, $0) }
        ) { first, _ in first }
        var sheetsRead = 0
        for sheet in workbook.sheets {
            var columns: [String: Int] = [:]
            for (column, value) in sheet.cells(inRow: 0) {
                if let header = TrackerWorkbook.columns.first(where: {
                    $0.caseInsensitiveCompare(value.text.trimmingCharacters(in: .whitespaces)) == .orderedSame
                }) {
                    columns[header] = column
                }
            }
            guard let idColumn = columns["ID"], let statusColumn = columns["Status"] else { continue }
            sheetsRead += 1
            let rows = sheet.rowsInUse.filter { $0 > 0 }
            for row in rows {
                func problem(_ column: Int, _ message: String) {
                    problems.append(
                        Problem(
                            file: fileName, sheet: sheet.name,
                            cell: CellReference(row: row, column: column).description, message: message))
                }
                func text(_ header: String) -> String? {
                    guard let column = columns[header], let value = sheet[row, column] else { return nil }
                    let text = value.text.trimmingCharacters(in: .whitespacesAndNewlines)
                    return text.isEmpty ? nil : text
                }
                func date(_ header: String) -> (ok: Bool, date: Date?) {
                    guard let column = columns[header], let value = sheet[row, column] else { return (true, nil) }
                    if case .date(let date) = value { return (true, date) }
                    let text = value.text.trimmingCharacters(in: .whitespaces)
                    if text.isEmpty { return (true, nil) }
                    if let date = ISODateText.parse(text) ?? PlanDateText.parse(text) { return (true, date) }
                    problem(column, "\(header.lowercased()) \"\(text)\" is not a date: expected YYYY-MM-DD")
                    return (false, nil)
                }
                guard let id = text("ID") else {
                    if text("Status") != nil { problem(idColumn, "no recommendation id: expected one such as R7") }
                    continue
                }
                guard let item = tracker.trackedItem(id: id) else {
                    problem(
                        idColumn,
                        "recommendation \"\(id)\" is not a tracked recommendation of framework "
                            + tracker.framework.id)
                    continue
                }
                guard let statusText = text("Status") else {
                    problem(
                        statusColumn,
                        "no status: expected one of \(TrackerWorkbook.statusChoices.joined(separator: ", "))")
                    continue
                }
                guard let status = RecommendationStatus.parse(statusText) else {
                    problem(statusColumn, TrackingError.unknownStatus(statusText).description)
                    continue
                }
                let due = date("Due date")
                let updated = date("Update date")
                guard due.ok, updated.ok else { continue }
                let update = RecommendationUpdate(
                    recommendationID: item.id, status: status, date: updated.date ?? defaultDate,
                    author: text("Updated by") ?? defaultAuthor, note: text("Note") ?? "", evidence: text("Evidence"),
                    reason: text("Reason (if not taken forward)"), dueDate: due.date)
                let existing = current[item.id]
                let latest = existing?.latestUpdate
                if let existing, latest?.status ?? .notStarted == status, latest?.note ?? "" == update.note,
                    latest?.evidence == update.evidence, latest?.reason == update.reason, existing.dueDate == due.date
                {
                    continue
                }
                var fresh = update
                if latest != nil, updated.date == latest?.date, text("Updated by") == latest?.author {
                    fresh.date = defaultDate
                    fresh.author = defaultAuthor
                }
                do {
                    try checked.record(fresh)
                    updates.append(fresh)
                } catch {
                    problem(columns["Reason (if not taken forward)"] ?? statusColumn, "\(error)")
                }
            }
        }
        if sheetsRead == 0 {
            problems.append(
                Problem(file: fileName, message: "no sheet has the tracker headers ID and Status in row 1"))
        }
        return Result(updates: updates, problems: problems)
    }
}
