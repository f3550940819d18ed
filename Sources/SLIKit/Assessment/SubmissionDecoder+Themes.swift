import Foundation
import SpreadsheetKit

extension SubmissionDecoder {
    /// The answers on the theme sheets, in framework order.
    func decodeThemes(_ workbook: Workbook, report: inout ProblemList) -> [Answer] {
        let themes = WorkbookLayout.sheetThemes(of: framework)
        let fixed = [
            WorkbookLayout.instructionsSheet, WorkbookLayout.contributorsSheet, WorkbookLayout.marketPlaceSheet,
            WorkbookLayout.metadataSheet,
        ].map(Self.sheetKey)
        var sheets: [String: Sheet] = [:]
        var unclaimed = workbook.sheets.filter { !fixed.contains(Self.sheetKey($0.name)) }
        for theme in themes {
            if let index = unclaimed.firstIndex(where: { $0.name == theme.name })
                ?? unclaimed.firstIndex(where: { Self.sheetKey($0.name) == Self.sheetKey(theme.name) })
            {
                sheets[theme.id] = unclaimed.remove(at: index)
            }
        }
        var answers: [String: Answer] = [:]
        for theme in themes {
            let ids = theme.assessedItems.map(\.id)
            guard let sheet = sheets[theme.id] ?? renamedSheet(for: theme, in: &unclaimed, report: &report) else {
                report.error(
                    theme.name, nil,
                    "this sheet is missing from the workbook; it should hold item\(ids.count == 1 ? "" : "s") \(AnswerText.list(ids)), "
                        + "so put it back from the workbook you were sent")
                continue
            }
            for answer in decodeSheet(sheet, theme: theme, report: &report) { answers[answer.itemID] = answer }
        }
        return themes.flatMap(\.assessedItems).compactMap { answers[$0.id] }
    }

    /// A sheet holding `theme`'s items under another name, reported as renamed.
    private func renamedSheet(for theme: Theme, in unclaimed: inout [Sheet], report: inout ProblemList) -> Sheet? {
        let ids = Set(theme.assessedItems.map { AnswerText.key($0.id) })
        guard
            let index = unclaimed.firstIndex(where: { sheet in
                sheet.cells.contains { $0.key.column == 0 && ids.contains(AnswerText.key($0.value.text)) }
            })
        else { return nil }
        let sheet = unclaimed.remove(at: index)
        report.error(
            sheet.name, nil,
            "this sheet holds the items of theme \"\(theme.name)\"; rename it back to \"\(theme.name)\" "
                + "so its answers can be read")
        return sheet
    }

    /// The sheet named `name`, or `nil` after reporting it missing.
    static func requiredSheet(_ name: String, in workbook: Workbook, report: inout ProblemList) -> Sheet? {
        guard let sheet = sheet(name, in: workbook) else {
            report.error(
                name, nil, "this sheet is missing from the workbook; put it back from the workbook you were sent")
            return nil
        }
        return sheet
    }

    /// A sheet's header row (the first whose column A reads the first title) and its columns found by
    /// their titles, or `nil` after reporting what is missing.
    static func table<Column: Hashable>(
        in sheet: Sheet, titles: [(Column, String)], above: String, report: inout ProblemList
    ) -> (header: Int, columns: [Column: Int])? {
        let first = AnswerText.key(titles.first?.1 ?? "")
        guard
            let header = sheet.cells.filter({ $0.key.column == 0 && AnswerText.key($0.value.text) == first })
                .map(\.key.row).min()
        else {
            report.error(
                sheet.name, nil,
                "cannot find the header row (a row with \"\(titles.first?.1 ?? "")\" in column A); "
                    + "do not change the rows above \(above)")
            return nil
        }
        var found: [Column: Int] = [:]
        for (reference, value) in sheet.cells where reference.row == header {
            if let column = titles.first(where: { AnswerText.key($0.1) == AnswerText.key(value.text) })?.0,
                found[column] == nil
            {
                found[column] = reference.column
            }
        }
        let missing = titles.filter { found[$0.0] == nil }.map { "\"\($0.1)\"" }
        guard missing.isEmpty else {
            report.error(
                sheet.name, CellReference(row: header, column: 0).description,
                "the header row (row \(header + 1)) has no column \(AnswerText.list(missing)); "
                    + "put the columns back as they were in the workbook you were sent")
            return nil
        }
        return (header, found)
    }

    private func decodeSheet(_ sheet: Sheet, theme: Theme, report: inout ProblemList) -> [Answer] {
        typealias Column = WorkbookLayout.ThemeColumn
        guard
            let (header, columns) = Self.table(
                in: sheet, titles: Column.allCases.map { ($0, $0.title) }, above: "the items", report: &report)
        else { return [] }
        func reference(_ row: Int, _ column: Column) -> CellReference {
            CellReference(row: row, column: columns[column] ?? column.rawValue)
        }
        let rows = sheet.rowsInUse.filter { $0 > header }
        var seen: [String: Int] = [:]
        var answers: [Answer] = []
        for row in rows {
            let idReference = reference(row, .id)
            guard let idText = AnswerText.text(sheet[idReference]) else {
                let filled = Column.allCases.contains { AnswerText.text(sheet[reference(row, $0)]) != nil }
                if filled {
                    report.error(
                        sheet.name, idReference.description,
                        "row \(row + 1) has answers but no item ID in column A; rows cannot be added: "
                            + "write each answer on its item's row")
                }
                continue
            }
            guard let (home, item) = framework.item(id: idText) ?? looseItem(idText), item.role == .assessed else {
                report.error(
                    sheet.name, idReference.description,
                    "row \(row + 1) has item ID \"\(idText)\", which is not an item of this workbook; "
                        + "rows cannot be added: write each answer on its item's row")
                continue
            }
            guard home.id == theme.id else {
                report.error(
                    sheet.name, idReference.description,
                    "item \(item.id) belongs on sheet \"\(home.name)\"; move its row back there")
                continue
            }
            if let first = seen[item.id] {
                report.error(
                    sheet.name, idReference.description,
                    "item \(item.id) appears twice (first in row \(first + 1)); keep one row per item")
                continue
            }
            seen[item.id] = row
            answers.append(decodeAnswer(item, theme: theme, row: row, in: sheet, at: reference, report: &report))
        }
        for item in theme.assessedItems where seen[item.id] == nil {
            report.error(
                sheet.name, nil,
                "the row for item \(item.id) is missing; put it back from the workbook you were sent")
        }
        return answers
    }

    /// The item whose ID matches `text` loosely (case, spaces, punctuation).
    private func looseItem(_ text: String) -> (theme: Theme, item: Item)? {
        let wanted = AnswerText.key(text)
        return framework.allItems.first { AnswerText.key($0.id) == wanted }.flatMap { framework.item(id: $0.id) }
    }

    private func decodeAnswer(
        _ item: Item, theme: Theme, row: Int, in sheet: Sheet,
        at reference: (Int, WorkbookLayout.ThemeColumn) -> CellReference, report: inout ProblemList
    ) -> Answer {
        let scale = framework.scale
        let ratingCell = reference(row, .rating)
        var rating: Rating?
        if let value = sheet[ratingCell], let text = AnswerText.text(value) {
            rating = AnswerText.rating(value, on: scale)
            if rating == nil {
                report.error(
                    sheet.name, ratingCell.description, "rating \"\(text)\" is not on the scale \(scale.summary)")
            }
        } else {
            report.error(
                sheet.name, ratingCell.description,
                "item \(item.id) has no rating; pick one of \(scale.summary) from the list")
        }
        var targetDate: Date?
        let dateCell = reference(row, .targetDate)
        if let value = sheet[dateCell], let text = AnswerText.text(value) {
            targetDate = AnswerText.date(value)
            if targetDate == nil {
                report.error(
                    sheet.name, dateCell.description,
                    "target date \"\(text)\" is not a date; write it as day/month/year, for example 31/03/2017")
            }
        }
        let evidence = AnswerText.shownText(sheet[reference(row, .evidence)])
        if let value = rating?.value, value >= scale.maximum - 1, evidence == nil, let level = scale.level(value) {
            report.warning(
                sheet.name, reference(row, .evidence).description,
                "item \(item.id) is rated \(value) (\(level.label)) but has no evidence; say briefly what shows it")
        }
        return Answer(
            itemID: item.id, themeID: theme.id, rating: rating, evidence: evidence,
            lead: AnswerText.shownText(sheet[reference(row, .namedLead)]), targetDate: targetDate,
            goodPractice: AnswerText.shownText(sheet[reference(row, .goodPractice)]),
            supportWanted: AnswerText.shownText(sheet[reference(row, .supportWanted)]),
            source: "\(sheet.name)!\(ratingCell)")
    }
}
