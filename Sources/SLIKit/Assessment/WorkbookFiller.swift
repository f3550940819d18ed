import Foundation
import SpreadsheetKit

/// Writes a self-assessment's answers into a rendered workbook, as a locality would.
///
/// Used to produce example and test workbooks: ratings go in as the drop-down choices (`3 - in place`),
/// dates as dates, contributors as yes or no, Market Place entries one per row.
public struct WorkbookFiller: Sendable {
    /// The framework the workbook was rendered from.
    public var framework: Framework

    /// A filler for workbooks of `framework`.
    public init(framework: Framework) {
        self.framework = framework
    }

    /// The sheet and cell that hold `column` of `itemID`'s row in a workbook rendered from the framework.
    public func cell(itemID: String, column: WorkbookLayout.ThemeColumn) -> (sheet: String, reference: CellReference)? {
        for theme in WorkbookLayout.sheetThemes(of: framework) {
            if let index = theme.assessedItems.firstIndex(where: { $0.id == itemID }) {
                let row = WorkbookLayout.themeHeaderRow + 1 + index
                return (theme.name, CellReference(row: row, column: column.rawValue))
            }
        }
        return nil
    }

    /// `draft` with every answer, contributor and Market Place entry of `assessment` written in.
    ///
    /// - Throws: `AssessmentError` when an answer or entry has no place in the workbook.
    public func fill(_ draft: WorkbookDraft, with assessment: SelfAssessment) throws -> WorkbookDraft {
        var draft = draft
        for answer in assessment.answers { try write(answer, into: &draft) }
        try writeContributors(assessment.contributors, people: assessment.contributorPeople, into: &draft)
        try writeMarketPlace(assessment.marketPlace, into: &draft)
        return draft
    }

    private func write(_ answer: Answer, into draft: inout WorkbookDraft) throws {
        typealias Column = WorkbookLayout.ThemeColumn
        let values: [(Column, CellValue?)] = [
            (.rating, answer.rating.map { .string(WorkbookLayout.choice(for: $0, on: framework.scale)) }),
            (.evidence, answer.evidence.map(CellValue.string)),
            (.namedLead, answer.lead.map(CellValue.string)),
            (.targetDate, answer.targetDate.map(CellValue.date)),
            (.goodPractice, answer.goodPractice.map(CellValue.string)),
            (.supportWanted, answer.supportWanted.map(CellValue.string)),
        ]
        for (column, value) in values {
            guard let (sheetName, reference) = cell(itemID: answer.itemID, column: column) else {
                throw AssessmentError.unknownItem(answer.itemID)
            }
            guard var sheet = draft[sheet: sheetName] else { throw AssessmentError.missingSheet(sheetName) }
            sheet.set(value, at: reference)
            draft[sheet: sheetName] = sheet
        }
    }

    private func writeContributors(
        _ contributors: [String], people: [String: String], into draft: inout WorkbookDraft
    ) throws {
        typealias Column = WorkbookLayout.ContributorColumn
        let name = WorkbookLayout.contributorsSheet
        guard var sheet = draft[sheet: name] else { throw AssessmentError.missingSheet(name) }
        var named: Set<String> = []
        for contributor in contributors {
            guard let name = WorkbookLayout.agency(named: contributor) else {
                throw AssessmentError.unknownContributor(contributor)
            }
            named.insert(name)
        }
        for (offset, agency) in WorkbookLayout.agencies.enumerated() {
            let reference = CellReference(
                row: WorkbookLayout.contributorsHeaderRow + 1 + offset, column: Column.contributed.rawValue)
            sheet.set(.string(named.contains(agency) ? WorkbookLayout.yes : WorkbookLayout.no), at: reference)
            if let names = people[agency], named.contains(agency) {
                sheet.set(.string(names), at: CellReference(row: reference.row, column: Column.names.rawValue))
            }
        }
        draft[sheet: name] = sheet
    }

    private func writeMarketPlace(_ entries: [MarketPlaceEntry], into draft: inout WorkbookDraft) throws {
        typealias Column = WorkbookLayout.MarketPlaceColumn
        let name = WorkbookLayout.marketPlaceSheet
        guard var sheet = draft[sheet: name] else { throw AssessmentError.missingSheet(name) }
        let firstRow = WorkbookLayout.marketPlaceHeaderRow + 1
        let rows =
            (sheet.usedRange?.end.row ?? WorkbookLayout.marketPlaceHeaderRow) - WorkbookLayout.marketPlaceHeaderRow
        guard entries.count <= rows else { throw AssessmentError.tooManyMarketPlaceEntries(entries.count, rows: rows) }
        for (offset, entry) in entries.enumerated() {
            guard let theme = framework.theme(id: entry.themeID) else {
                throw AssessmentError.unknownTheme(entry.themeID)
            }
            let values: [(Column, CellValue?)] = [
                (.kind, .string(entry.kind.rawValue)), (.theme, .string(theme.name)),
                (.item, entry.itemID.map(CellValue.string)), (.title, .string(entry.title)),
                (.description, entry.description.isEmpty ? nil : .string(entry.description)),
                (.capacity, entry.kind == .offer ? .number(Double(entry.capacity)) : nil),
            ]
            for (column, value) in values {
                sheet.set(value, at: CellReference(row: firstRow + offset, column: column.rawValue))
            }
        }
        draft[sheet: name] = sheet
    }
}
