import Foundation
import SpreadsheetKit

/// Renders a framework into the self-assessment workbook a locality fills in.
///
/// The workbook has an Instructions sheet (what to do, the scale, the deadline, who to contact), one
/// sheet per theme with one row per assessed item, a Contributors sheet, a Market Place sheet and a
/// hidden `sli` sheet naming the framework, its version, the region and the locality, so a returned
/// file identifies itself. Only the cells a locality answers are unlocked, and the free-text ones are
/// formatted as text, so a spreadsheet keeps `95%`, `£1,500` or `01204333444` as typed. Every visible
/// sheet prints landscape on A4, one page wide, its header row repeated and the locality (and cycle)
/// at the top of every page.
public struct WorkbookTemplate: Sendable {
    /// The framework the workbook asks about.
    public var framework: Framework
    /// The region whose localities fill it in.
    public var region: Region
    /// When the workbook is due back, if the network lead has set a date.
    public var deadline: Date?
    /// Who to contact with questions (a name and an email address, say).
    public var contact: String?
    /// How many blank rows the Market Place sheet offers.
    public var marketPlaceRows: Int
    /// The cycle the workbook is for, printed at the top of every page, if the network lead names one.
    public var cycle: String?

    /// A template for `framework` in `region`.
    public init(
        framework: Framework, region: Region, deadline: Date? = nil, contact: String? = nil,
        marketPlaceRows: Int = 40, cycle: String? = nil
    ) {
        self.framework = framework
        self.region = region
        self.deadline = deadline
        self.contact = contact
        self.marketPlaceRows = marketPlaceRows
        self.cycle = cycle
    }

    static let headerFill = "DDEBF7"
    static let answerFill = "FFF2CC"
    static let heading = CellStyle(isBold: true)
    static let header = CellStyle(isBold: true, wrapsText: true, fill: headerFill)
    static let lockedText = CellStyle(wrapsText: true)
    static let note = CellStyle()
    static let answer = CellStyle(wrapsText: true, isLocked: false, fill: answerFill)
    static let answerText = CellStyle(wrapsText: true, isLocked: false, fill: answerFill, numberFormat: .text)
    static let answerDate = CellStyle(isLocked: false, fill: answerFill, numberFormat: .date)
    static let ratingsName = "sli_ratings"
    static let yesNoName = "sli_yes_no"
    static let themesName = "sli_themes"

    /// The workbook for `locality`, ready to send.
    public func render(for locality: Locality) -> WorkbookDraft {
        let themes = WorkbookLayout.sheetThemes(of: framework)
        let title = printTitle(for: locality)
        var sheets = [instructions(for: locality, title: title)]
        sheets += themes.map { themeSheet($0, locality: locality, title: title) }
        sheets.append(contributors(title: title))
        sheets.append(marketPlace(title: title))
        for index in sheets.indices { sheets[index].fitRowHeights() }
        let (metadata, names) = metadataSheet(for: locality, themes: themes)
        sheets.append(metadata)
        return WorkbookDraft(sheets: sheets, definedNames: names)
    }

    /// A file name for `locality`'s workbook: its name with characters file systems refuse replaced.
    public static func fileName(for locality: Locality, format: SpreadsheetFormat) -> String {
        let safe = locality.name.map { "/\\:*?\"<>|".contains($0) ? "-" : $0 }
        return String(safe) + "." + format.fileExtension
    }

    /// The line at the top of every printed page: `Bolton · cycle nw-2016 · <framework title>`.
    func printTitle(for locality: Locality) -> String {
        ([locality.name] + (cycle.map { ["cycle \($0)"] } ?? []) + [framework.title]).joined(separator: " · ")
    }

    private func instructions(for locality: Locality, title: String) -> SheetDraft {
        var sheet = SheetDraft(
            name: WorkbookLayout.instructionsSheet, columnWidths: [0: 24, 1: 90], isProtected: true,
            pageSetup: PageSetup(title: title))
        var row = 0
        func put(_ label: String, _ value: CellValue?, style: CellStyle = Self.lockedText) {
            sheet[row, 0] = DraftCell(.string(label), style: Self.heading)
            if let value { sheet[row, 1] = DraftCell(value, style: style) }
            row += 1
        }
        sheet[0, 0] = DraftCell(.string(framework.title), style: Self.heading)
        sheet[1, 0] = DraftCell(.string("Self-assessment workbook"), style: Self.lockedText)
        row = 3
        put("Locality", .string(locality.name))
        put("Locality code", .string(locality.code))
        put("Region", .string(region.name))
        put("Framework", .string("\(framework.id) (version \(framework.version))"))
        put("Deadline", deadline.map(CellValue.date) ?? .string("ask the network lead"))
        put("Contact", .string(contact ?? "the regional network lead"))
        row += 1
        put("What to do", nil)
        let themeNames = WorkbookLayout.sheetThemes(of: framework).map(\.name)
        let steps = [
            "1. Work through the theme sheets (\(themeNames.joined(separator: ", "))) with colleagues from the "
                + "agencies that share the work.",
            "2. For every item, pick a rating in the Rating column from the list. Use \(framework.scale.notApplicable) "
                + "only where the item cannot apply to your area; it never counts as zero.",
            "3. Give the evidence for each rating, especially for 3 and 4, and name a local lead. For items not yet "
                + "in place, give a target date (for example 31/03/2017).",
            "4. Say what good practice you can offer and what support you would like: these feed the Market Place.",
            "5. On the Contributors sheet, answer yes or no for each agency. On the Market Place sheet, list your "
                + "offers and requests, one per row.",
            "6. Do not rename, add, delete or move sheets or rows: the item IDs in column A are how your answers "
                + "are read. Save the file in the format you received it in (or as .xlsx or .ods) and return it.",
        ]
        for step in steps {
            sheet[row, 1] = DraftCell(.string(step), style: Self.lockedText)
            row += 1
        }
        row += 1
        put("The rating scale", nil)
        for level in framework.scale.levels {
            sheet[row, 0] = DraftCell(.number(Double(level.value)), style: Self.lockedText)
            sheet[row, 1] = DraftCell(.string(level.label), style: Self.lockedText)
            row += 1
        }
        sheet[row, 0] = DraftCell(.string(framework.scale.notApplicable), style: Self.lockedText)
        sheet[row, 1] = DraftCell(
            .string("not applicable to this area (never counted as zero)"), style: Self.lockedText)
        return sheet
    }

    private func themeSheet(_ theme: Theme, locality: Locality, title: String) -> SheetDraft {
        typealias Column = WorkbookLayout.ThemeColumn
        var sheet = SheetDraft(
            name: theme.name, frozenRows: WorkbookLayout.themeHeaderRow + 1, isProtected: true,
            pageSetup: PageSetup(
                title: title, repeatedRows: WorkbookLayout.themeHeaderRow...WorkbookLayout.themeHeaderRow)
        )
        for column in Column.allCases { sheet.columnWidths[column.rawValue] = column.width }
        sheet[0, 0] = DraftCell(.string(theme.name), style: Self.heading)
        sheet[1, 0] = DraftCell(.string("Locality"), style: Self.heading)
        sheet[1, 1] = DraftCell(.string(locality.name), style: Self.lockedText)
        if let summary = theme.summary { sheet[2, 1] = DraftCell(.string(summary), style: Self.lockedText) }
        sheet[3, 1] = DraftCell(
            .string(
                "Pick a rating for every item (\(framework.scale.summary)); fill in the shaded cells. "
                    + "Keep one row per item."),
            style: Self.lockedText)
        let header = WorkbookLayout.themeHeaderRow
        for column in Column.allCases {
            sheet[header, column.rawValue] = DraftCell(.string(column.title), style: Self.header)
        }
        let items = theme.assessedItems
        for (offset, item) in items.enumerated() {
            let row = header + 1 + offset
            sheet[row, Column.id.rawValue] = DraftCell(.string(item.id), style: Self.lockedText)
            sheet[row, Column.item.rawValue] = DraftCell(.string(item.text), style: Self.lockedText)
            sheet[row, Column.proposedLead.rawValue] = DraftCell(
                item.proposedLead.map(CellValue.string), style: Self.lockedText)
            sheet[row, Column.rating.rawValue] = DraftCell(style: Self.answer)
            for column in [Column.evidence, .namedLead, .goodPractice, .supportWanted] {
                sheet[row, column.rawValue] = DraftCell(style: Self.answerText)
            }
            sheet[row, Column.targetDate.rawValue] = DraftCell(style: Self.answerDate)
        }
        if !items.isEmpty {
            let ratings = CellRange(
                CellReference(row: header + 1, column: Column.rating.rawValue),
                CellReference(row: header + items.count, column: Column.rating.rawValue))
            sheet.validations.append(
                ListValidation(
                    range: ratings, source: .name(Self.ratingsName),
                    errorMessage: "Pick a rating from the list: \(framework.scale.summary)."))
        }
        return sheet
    }

    private func contributors(title: String) -> SheetDraft {
        typealias Column = WorkbookLayout.ContributorColumn
        var sheet = SheetDraft(
            name: WorkbookLayout.contributorsSheet, columnWidths: [0: 36, 1: 24, 2: 50],
            frozenRows: WorkbookLayout.contributorsHeaderRow + 1, isProtected: true,
            pageSetup: PageSetup(
                title: title, repeatedRows: WorkbookLayout.contributorsHeaderRow...WorkbookLayout.contributorsHeaderRow)
        )
        sheet[0, 0] = DraftCell(.string("Who contributed to this self-assessment?"), style: Self.heading)
        sheet[1, 0] = DraftCell(.string("For each agency, pick yes or no in column B."), style: Self.note)
        let header = WorkbookLayout.contributorsHeaderRow
        for column in Column.allCases {
            sheet[header, column.rawValue] = DraftCell(.string(column.title), style: Self.header)
        }
        for (offset, agency) in WorkbookLayout.agencies.enumerated() {
            let row = header + 1 + offset
            sheet[row, Column.agency.rawValue] = DraftCell(.string(agency), style: Self.lockedText)
            sheet[row, Column.contributed.rawValue] = DraftCell(style: Self.answer)
            sheet[row, Column.names.rawValue] = DraftCell(style: Self.answerText)
        }
        sheet.validations.append(
            ListValidation(
                range: CellRange(
                    CellReference(row: header + 1, column: Column.contributed.rawValue),
                    CellReference(row: header + WorkbookLayout.agencies.count, column: Column.contributed.rawValue)),
                source: .name(Self.yesNoName), errorMessage: "Pick yes or no."))
        return sheet
    }

    private func marketPlace(title: String) -> SheetDraft {
        typealias Column = WorkbookLayout.MarketPlaceColumn
        var sheet = SheetDraft(
            name: WorkbookLayout.marketPlaceSheet, frozenRows: WorkbookLayout.marketPlaceHeaderRow + 1,
            isProtected: true,
            pageSetup: PageSetup(
                title: title, repeatedRows: WorkbookLayout.marketPlaceHeaderRow...WorkbookLayout.marketPlaceHeaderRow))
        for column in Column.allCases { sheet.columnWidths[column.rawValue] = column.width }
        sheet[0, 0] = DraftCell(.string("Market Place: offers and requests"), style: Self.heading)
        sheet[1, 0] = DraftCell(
            .string(
                "One offer or request per row: pick offer or request and a theme, give a short title and the detail."),
            style: Self.note)
        sheet[2, 0] = DraftCell(
            .string("For an offer, say how many localities you could support (3 if you leave it blank)."),
            style: Self.note)
        let header = WorkbookLayout.marketPlaceHeaderRow
        for column in Column.allCases {
            sheet[header, column.rawValue] = DraftCell(.string(column.title), style: Self.header)
        }
        let textColumns: Set<Column> = [.item, .title, .description]
        for row in header + 1...header + marketPlaceRows {
            for column in Column.allCases {
                sheet[row, column.rawValue] = DraftCell(
                    style: textColumns.contains(column) ? Self.answerText : Self.answer)
            }
        }
        func column(_ column: Column) -> CellRange {
            CellRange(
                CellReference(row: header + 1, column: column.rawValue),
                CellReference(row: header + marketPlaceRows, column: column.rawValue))
        }
        sheet.validations = [
            ListValidation(
                range: column(.kind), source: .values(MarketPlaceEntry.Kind.allCases.map(\.rawValue)),
                errorMessage: "Pick offer or request."),
            ListValidation(range: column(.theme), source: .name(Self.themesName), errorMessage: "Pick a theme."),
        ]
        return sheet
    }

    private func metadataSheet(for locality: Locality, themes: [Theme]) -> (SheetDraft, [DefinedName]) {
        var sheet = SheetDraft(name: WorkbookLayout.metadataSheet, isProtected: true, isHidden: true)
        let values: [WorkbookLayout.MetadataKey: String] = [
            .framework: framework.id, .version: framework.version, .region: region.id,
            .locality: locality.code, .layout: WorkbookLayout.layoutVersion,
        ]
        for (row, key) in WorkbookLayout.MetadataKey.allCases.enumerated() {
            sheet[row, 0] = DraftCell(.string(key.rawValue))
            sheet[row, 1] = DraftCell(values[key].map(CellValue.string))
        }
        var names: [DefinedName] = []
        let lists = [
            (Self.ratingsName, WorkbookLayout.ratingChoices(on: framework.scale)),
            (Self.yesNoName, [WorkbookLayout.yes, WorkbookLayout.no]),
            (Self.themesName, themes.map(\.name)),
        ]
        for (offset, (name, choices)) in lists.enumerated() {
            let column = 3 + offset
            for (row, choice) in choices.enumerated() { sheet[row, column] = DraftCell(.string(choice)) }
            let range = CellRange(
                CellReference(row: 0, column: column), CellReference(row: max(choices.count - 1, 0), column: column))
            names.append(DefinedName(name: name, sheet: sheet.name, range: range))
        }
        return (sheet, names)
    }
}
