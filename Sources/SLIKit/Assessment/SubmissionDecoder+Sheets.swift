import SpreadsheetKit

extension SubmissionDecoder {
    /// The agencies marked yes on the Contributors sheet, in the sheet's order, and who took part for each
    /// (the optional third column, kept for agencies marked yes).
    func decodeContributors(_ workbook: Workbook, report: inout ProblemList) -> (
        agencies: [String], people: [String: String]
    ) {
        typealias Column = WorkbookLayout.ContributorColumn
        guard let sheet = Self.requiredSheet(WorkbookLayout.contributorsSheet, in: workbook, report: &report),
            let (header, columns) = Self.table(
                in: sheet, titles: [Column.agency, .contributed].map { ($0, $0.title) }, above: "the agencies",
                report: &report)
        else { return ([], [:]) }
        let namesColumn =
            sheet.cells.first {
                $0.key.row == header && AnswerText.key($0.value.text) == AnswerText.key(Column.names.title)
            }?.key.column ?? Column.names.rawValue
        var contributed: Set<String> = []
        var people: [String: String] = [:]
        for row in sheet.rowsInUse where row > header {
            let agencyCell = CellReference(row: row, column: columns[.agency] ?? 0)
            let answerCell = CellReference(row: row, column: columns[.contributed] ?? 1)
            let namesCell = CellReference(row: row, column: namesColumn)
            guard let agencyText = AnswerText.text(sheet[agencyCell]),
                let agency = WorkbookLayout.agency(named: agencyText)
            else { continue }
            let names = AnswerText.shownText(sheet[namesCell])
            let answer = sheet[answerCell].flatMap { value in AnswerText.text(value).map { (value, $0) } }
            switch answer.map({ AnswerText.yesNo($0.0) }) {
            case true??:
                contributed.insert(agency)
                people[agency] = names
            case false??, nil:
                if names != nil {
                    report.warning(
                        sheet.name, namesCell.description,
                        "names are given for \(agency) but \(answerCell) does not say yes; answer yes if it took part "
                            + "(otherwise the names are not kept)")
                }
            case nil?:
                report.error(
                    sheet.name, answerCell.description,
                    "\"\(answer?.1 ?? "")\" is not yes or no; pick one from the list")
            }
        }
        if contributed.isEmpty {
            report.warning(
                sheet.name, nil, "no agency is marked as contributing; answer yes for each agency that took part")
        }
        return (WorkbookLayout.agencies.filter(contributed.contains), people)
    }

    /// The offers and requests on the Market Place sheet, in row order.
    func decodeMarketPlace(_ workbook: Workbook, localityCode: String, report: inout ProblemList) -> [MarketPlaceEntry]
    {
        typealias Column = WorkbookLayout.MarketPlaceColumn
        guard let sheet = Self.requiredSheet(WorkbookLayout.marketPlaceSheet, in: workbook, report: &report),
            let (header, columns) = Self.table(
                in: sheet, titles: Column.allCases.map { ($0, $0.title) }, above: "the offers and requests",
                report: &report)
        else { return [] }
        var entries: [MarketPlaceEntry] = []
        for row in sheet.rowsInUse where row > header {
            func cell(_ column: Column) -> (reference: CellReference, text: String?, value: CellValue?) {
                let reference = CellReference(row: row, column: columns[column] ?? column.rawValue)
                return (reference, AnswerText.shownText(sheet[reference]), sheet[reference])
            }
            guard Column.allCases.contains(where: { cell($0).text != nil }) else { continue }
            if let entry = decodeEntry(cell, sheet: sheet.name, localityCode: localityCode, report: &report) {
                entries.append(entry)
            }
        }
        return entries
    }

    private func decodeEntry(
        _ cell: (WorkbookLayout.MarketPlaceColumn) -> (reference: CellReference, text: String?, value: CellValue?),
        sheet: String, localityCode: String, report: inout ProblemList
    ) -> MarketPlaceEntry? {
        let problemsBefore = report.problems.count
        let kindCell = cell(.kind)
        let kind = kindCell.text.flatMap { MarketPlaceEntry.Kind(rawValue: AnswerText.key($0)) }
        if let text = kindCell.text, kind == nil {
            report.error(
                sheet, kindCell.reference.description, "\"\(text)\" is not offer or request; pick one from the list")
        } else if kindCell.text == nil {
            report.error(sheet, kindCell.reference.description, "this row has no kind; pick offer or request")
        }
        let themeCell = cell(.theme)
        let theme = themeCell.text.flatMap { text in
            framework.themes.first {
                AnswerText.key($0.name) == AnswerText.key(text) || AnswerText.key($0.id) == AnswerText.key(text)
            }
        }
        if let text = themeCell.text, theme == nil {
            report.error(
                sheet, themeCell.reference.description,
                "theme \"\(text)\" is not a theme of this workbook; pick one from the list")
        } else if themeCell.text == nil {
            report.error(sheet, themeCell.reference.description, "this row has no theme; pick one from the list")
        }
        let itemCell = cell(.item)
        var itemID: String?
        if let text = itemCell.text {
            let item = framework.allItems.first { AnswerText.key($0.id) == AnswerText.key(text) }
            if let item, let theme, theme.items.contains(item) {
                itemID = item.id
            } else if let theme {
                report.error(
                    sheet, itemCell.reference.description,
                    "item \"\(text)\" is not an item of theme \"\(theme.name)\"; give one of its item IDs or leave it blank"
                )
            }
        }
        let titleCell = cell(.title)
        if titleCell.text == nil {
            report.error(sheet, titleCell.reference.description, "this row has no title; give the entry a short title")
        }
        let capacityCell = cell(.capacity)
        var capacity = 3
        if kind == .offer, let value = capacityCell.value, let text = capacityCell.text {
            if let number = AnswerText.positiveWholeNumber(value), number <= MarketPlaceEntry.maximumCapacity {
                capacity = number
            } else {
                report.error(
                    sheet, capacityCell.reference.description,
                    "capacity \"\(text)\" is not a whole number of localities from 1 to \(MarketPlaceEntry.maximumCapacity)"
                )
            }
        }
        guard report.problems.count == problemsBefore, let kind, let theme, let title = titleCell.text else {
            return nil
        }
        return MarketPlaceEntry(
            kind: kind, localityCode: localityCode, themeID: theme.id, itemID: itemID, title: title,
            description: cell(.description).text ?? "", capacity: capacity,
            source: "\(sheet)!\(kindCell.reference)")
    }
}
