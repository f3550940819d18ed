import Foundation
import SpreadsheetKit

/// Reads a locality's action plan from a spreadsheet and links each action to the recommendations it serves.
///
/// The header row is the first row, on the first sheet that has one, naming an action column and at least
/// two of the other columns (`ActionPlanColumn.match(header:)` says which texts name which column); it
/// need not be row 1, and a repeat of it further down (a table continued over a page, worded alike) is
/// skipped. Below
/// it, a row with one filled cell and no action is a section heading. Any other row without an action
/// continues the action above (a table pasted from a document whose rows ran across a page break): its
/// text is added to the action's, and its dates are kept where the action has none; such a row before
/// any action cannot be used and is reported by its row number. When the issue and the numbering are
/// blank they are carried down from the row above, as plans do when one issue has several actions.
///
/// Linking: when the row has a recommendations cell, every identifier in it is looked up in the framework
/// (case and a space between letters and number do not matter: `L7`, `l 7`, `L7, L12`, `L7 and L12`); a
/// bare number such as `7` names the local recommendation whose identifier ends in that number when
/// exactly one does. An identifier the framework does not have is an error at that cell. When no
/// recommendation is named, the action's words (issue, rationale, action and outcome) are compared with
/// each local recommendation's wording: the share of the recommendation's significant words (four letters
/// or more, common words left out) that the action uses is its score, and the action is linked to the
/// single best-scoring recommendation when that score is 0.5 or more.
public struct ActionPlanImport: Sendable {
    /// The framework whose items actions are linked to.
    public var framework: Framework

    /// An importer linking actions to the items of `framework`.
    public init(framework: Framework) {
        self.framework = framework
    }

    /// The plan held in `workbook`, read from the file `fileName` (used in messages).
    ///
    /// - Throws: `TrackingError.noHeaderRow` when no sheet has a header row.
    public func read(_ workbook: Workbook, fileName: String) throws -> ActionPlan {
        for sheet in workbook.sheets {
            let rows = Dictionary(grouping: sheet.cells.keys) { $0.row }
            for row in rows.keys.sorted() {
                let columns = headerColumns(sheet, row: row, references: rows[row] ?? [])
                if isHeader(columns) {
                    return readRows(sheet, header: row, columns: columns, rows: rows, fileName: fileName)
                }
            }
        }
        throw TrackingError.noHeaderRow(file: fileName)
    }

    private func headerColumns(_ sheet: Sheet, row: Int, references: [CellReference]) -> [ActionPlanColumn: Int] {
        var columns: [ActionPlanColumn: Int] = [:]
        for reference in references.sorted() {
            guard let text = sheet[reference]?.stringValue, let column = ActionPlanColumn.match(header: text),
                columns[column] == nil
            else { continue }
            columns[column] = reference.column
        }
        return columns
    }

    private func isHeader(_ columns: [ActionPlanColumn: Int]) -> Bool {
        columns[.action] != nil && columns.count >= 3
    }

    /// Whether a row repeats the header (a table continued over a page): it names the action column in
    /// the same place and all, or all but one, of the header's columns. Only a row whose cell in the action
    /// column names that column is read in full.
    private func isRepeatedHeader(
        _ sheet: Sheet, row: Int, references: [CellReference], of header: [ActionPlanColumn: Int]
    ) -> Bool {
        guard let actionColumn = header[.action], let text = sheet[row, actionColumn]?.stringValue,
            ActionPlanColumn.match(header: text) == .action
        else { return false }
        let columns = headerColumns(sheet, row: row, references: references)
        return isHeader(columns) && columns[.action] == actionColumn && columns.count >= header.count - 1
    }

    private func readRows(
        _ sheet: Sheet, header: Int, columns: [ActionPlanColumn: Int], rows: [Int: [CellReference]],
        fileName: String
    ) -> ActionPlan {
        var headers: [ActionPlanColumn: String] = [:]
        for (column, index) in columns { headers[column] = sheet[header, index]?.text }
        var actions: [PlannedAction] = []
        var problems: [Problem] = []
        var section: String?
        var continuationRows: [Int] = []
        var carried: (reference: String?, issue: String?) = (nil, nil)
        for row in rows.keys.sorted() where row > header {
            let filled = (rows[row] ?? []).sorted().compactMap { reference in
                text(sheet[reference]).map { (reference, $0) }
            }
            if filled.isEmpty || isRepeatedHeader(sheet, row: row, references: rows[row] ?? [], of: columns) {
                continue
            }
            func value(_ column: ActionPlanColumn) -> String? {
                columns[column].flatMap { text(sheet[row, $0]) }
            }
            guard let actionText = value(.action) else {
                if filled.count == 1 {
                    section = filled[0].1
                } else if var last = actions.popLast() {
                    continueAction(&last, row: row, in: sheet, columns: columns)
                    actions.append(last)
                    continuationRows.append(row + 1)
                } else {
                    let cell = CellReference(row: row, column: columns[.action] ?? 0)
                    problems.append(
                        Problem(
                            file: fileName, sheet: sheet.name, cell: cell.description,
                            message: "row \(row + 1) has no action: expected text under \"\(headers[.action] ?? "")\""))
                }
                continue
            }
            var action = PlannedAction(sheet: sheet.name, row: row + 1, section: section, action: actionText)
            action.reference = value(.reference)
            action.issue = value(.issue)
            if action.issue != nil || action.reference != nil {
                carried = (action.reference, action.issue)
            } else {
                (action.reference, action.issue) = carried
            }
            action.rationale = value(.rationale)
            action.outcome = value(.outcome)
            action.lead = value(.lead)
            action.partners = value(.partners)
            action.reporting = value(.reporting)
            action.deepDiveText = value(.deepDive)
            action.deepDive = columns[.deepDive].flatMap { PlanDateText.date(of: sheet[row, $0]) }
            action.completionText = value(.completion)
            action.completionDate = columns[.completion].flatMap { PlanDateText.date(of: sheet[row, $0]) }
            action.statusText = value(.status)
            if let statusText = action.statusText, let index = columns[.status] {
                action.status = RecommendationStatus.parse(statusText)
                if action.status == nil {
                    problems.append(
                        problem(
                            fileName, sheet, row, index,
                            "status \"\(statusText)\" is not recognised: expected not started, in progress, "
                                + "completed, not taken forward or a RAG colour"))
                }
            }
            if let named = value(.recommendations), let index = columns[.recommendations] {
                let (ids, unknown) = recommendationIDs(in: named)
                for token in unknown {
                    problems.append(
                        problem(
                            fileName, sheet, row, index,
                            "recommendation \"\(token)\" is not in framework \(framework.id)"))
                }
                if ids.isEmpty, unknown.isEmpty {
                    problems.append(
                        problem(
                            fileName, sheet, row, index,
                            "no recommendation named in \"\(named)\": expected identifiers such as L7 or L7, L12"))
                }
                action.recommendationIDs = ids
                action.link = .named
            } else if let (itemID, score) = bestMatch(for: action) {
                action.recommendationIDs = [itemID]
                action.link = .matchedText(score: score)
            }
            actions.append(action)
        }
        return ActionPlan(
            fileName: fileName, sheet: sheet.name, headerRow: header + 1, columns: columns, headers: headers,
            actions: actions, problems: problems, continuationRows: continuationRows)
    }

    /// Adds a continuation row's text to `action` (on a new line) and its dates where the action has none.
    private func continueAction(
        _ action: inout PlannedAction, row: Int, in sheet: Sheet, columns: [ActionPlanColumn: Int]
    ) {
        func value(_ column: ActionPlanColumn) -> String? {
            columns[column].flatMap { text(sheet[row, $0]) }
        }
        func append(_ column: ActionPlanColumn, to field: WritableKeyPath<PlannedAction, String?>) {
            guard let more = value(column) else { return }
            action[keyPath: field] = action[keyPath: field].map { $0 + "\n" + more } ?? more
        }
        append(.issue, to: \.issue)
        append(.rationale, to: \.rationale)
        append(.outcome, to: \.outcome)
        append(.lead, to: \.lead)
        append(.partners, to: \.partners)
        append(.reporting, to: \.reporting)
        if action.deepDive == nil, let index = columns[.deepDive], let date = PlanDateText.date(of: sheet[row, index]) {
            action.deepDiveText = value(.deepDive)
            action.deepDive = date
        }
        if action.completionDate == nil, let index = columns[.completion],
            let date = PlanDateText.date(of: sheet[row, index])
        {
            action.completionText = value(.completion)
            action.completionDate = date
        }
        if action.statusText == nil, let statusText = value(.status) {
            action.statusText = statusText
            action.status = RecommendationStatus.parse(statusText)
        }
    }

    private func problem(_ file: String, _ sheet: Sheet, _ row: Int, _ column: Int, _ message: String) -> Problem {
        Problem(
            file: file, sheet: sheet.name, cell: CellReference(row: row, column: column).description, message: message)
    }

    private func text(_ value: CellValue?) -> String? {
        guard let text = value?.text.trimmingCharacters(in: .whitespacesAndNewlines), !text.isEmpty else { return nil }
        return text
    }

    /// The item identifiers named in `text`, and the tokens that name no item.
    func recommendationIDs(in text: String) -> (ids: [String], unknown: [String]) {
        let words = text.split { !($0.isLetter || $0.isNumber) }.map(String.init)
        var ids: [String] = []
        var unknown: [String] = []
        func add(_ id: String) { if !ids.contains(id) { ids.append(id) } }
        var index = 0
        while index < words.count {
            let word = words[index]
            let letters = word.prefix { $0.isLetter }
            let digits = word.dropFirst(letters.count)
            if (1...3).contains(letters.count), (1...3).contains(digits.count), digits.allSatisfy(\.isNumber) {
                if let item = item(named: word) { add(item.id) } else { unknown.append(word) }
            } else if (1...3).contains(word.count), word.allSatisfy(\.isLetter), index + 1 < words.count,
                let item = item(named: word + words[index + 1])
            {
                add(item.id)
                index += 1
            } else if (1...3).contains(word.count), word.allSatisfy(\.isNumber) {
                let matches = framework.themes.flatMap(\.assessedItems).filter {
                    $0.id.drop { $0.isLetter } == word
                }
                if matches.count == 1 { add(matches[0].id) } else { unknown.append(word) }
            }
            index += 1
        }
        return (ids, unknown)
    }

    private func item(named id: String) -> Item? {
        framework.allItems.first { $0.id.caseInsensitiveCompare(id) == .orderedSame }
    }

    private static let commonWords: Set<String> = [
        "about", "across", "also", "been", "between", "each", "ensure", "from", "have", "into", "local", "make",
        "more", "other", "should", "such", "take", "than", "that", "their", "there", "they", "this", "through",
        "what", "where", "which", "will", "with", "within", "would",
    ]

    /// The lower-case words of four letters or more in `text`, common words left out.
    static func significantWords(_ text: String) -> Set<String> {
        Set(
            text.lowercased().split { !$0.isLetter }.map(String.init).filter {
                $0.count >= 4 && !commonWords.contains($0)
            })
    }

    private func bestMatch(for action: PlannedAction) -> (String, Double)? {
        let actionWords = Self.significantWords(
            [action.issue, action.rationale, action.action, action.outcome].compactMap { $0 }.joined(separator: " "))
        var best: [(String, Double)] = []
        for item in framework.themes.flatMap(\.assessedItems) {
            let itemWords = Self.significantWords(item.text)
            guard !itemWords.isEmpty else { continue }
            let score = Double(itemWords.intersection(actionWords).count) / Double(itemWords.count)
            if best.isEmpty || score > best[0].1 {
                best = [(item.id, score)]
            } else if score == best[0].1 {
                best.append((item.id, score))
            }
        }
        guard best.count == 1, best[0].1 >= 0.5 else { return nil }
        return best[0]
    }
}
