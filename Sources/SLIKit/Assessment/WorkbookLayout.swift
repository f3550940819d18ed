import SpreadsheetKit

/// Where things sit in a self-assessment workbook: sheet names, header rows, columns and fixed lists.
///
/// `WorkbookTemplate` lays workbooks out this way, `WorkbookFiller` writes answers into them and
/// `SubmissionDecoder` reads them back; the decoder finds header rows and columns by their titles,
/// so a workbook that a spreadsheet program has re-saved or re-sorted still decodes.
public enum WorkbookLayout {
    /// The first sheet: what to do, the scale, the deadline and who to contact.
    public static let instructionsSheet = "Instructions"
    /// The sheet listing which agencies contributed.
    public static let contributorsSheet = "Contributors"
    /// The sheet of offers and requests for the Market Place.
    public static let marketPlaceSheet = "Market Place"
    /// The hidden sheet that says which framework, version, region and locality the workbook is for.
    public static let metadataSheet = "sli"

    /// The columns of a theme sheet, left to right.
    public enum ThemeColumn: Int, Sendable, CaseIterable {
        /// The item's identifier (locked; the key the decoder reads rows by).
        case id
        /// The item's wording (locked).
        case item
        /// The body the framework proposes to lead the item (locked).
        case proposedLead
        /// The rating, picked from the scale.
        case rating
        /// What shows the rating is right.
        case evidence
        /// The locality's named lead for the item.
        case namedLead
        /// When the locality means to have it in place.
        case targetDate
        /// Good practice the locality can offer others.
        case goodPractice
        /// Support the locality would like.
        case supportWanted

        /// The column's title in the header row.
        public var title: String {
            switch self {
            case .id: "ID"
            case .item: "Item"
            case .proposedLead: "Proposed lead"
            case .rating: "Rating"
            case .evidence: "Evidence"
            case .namedLead: "Named lead"
            case .targetDate: "Target date"
            case .goodPractice: "Good practice we can offer"
            case .supportWanted: "Support we would like"
            }
        }

        /// The column's width in characters.
        var width: Double {
            switch self {
            case .id: 8
            case .item: 60
            case .proposedLead, .namedLead: 22
            case .rating: 26
            case .evidence: 50
            case .targetDate: 14
            case .goodPractice, .supportWanted: 36
            }
        }
    }

    /// The zero-based row of a theme sheet's header (row 5 in the spreadsheet).
    public static let themeHeaderRow = 4

    /// The columns of the Market Place sheet, left to right.
    public enum MarketPlaceColumn: Int, Sendable, CaseIterable {
        /// Offer or request.
        case kind
        /// The theme it is about.
        case theme
        /// The item it is about (optional).
        case item
        /// A short title.
        case title
        /// The detail.
        case description
        /// For an offer, how many localities it can support.
        case capacity

        /// The column's title in the header row.
        public var title: String {
            switch self {
            case .kind: "Offer or request"
            case .theme: "Theme"
            case .item: "Item ID (optional)"
            case .title: "Title"
            case .description: "Description"
            case .capacity: "Capacity (offers: how many localities)"
            }
        }

        /// The column's width in characters.
        var width: Double {
            switch self {
            case .kind: 16
            case .theme: 30
            case .item: 12
            case .title: 36
            case .description: 60
            case .capacity: 18
            }
        }
    }

    /// The zero-based row of the Market Place header (row 5 in the spreadsheet).
    public static let marketPlaceHeaderRow = 4

    /// The columns of the Contributors sheet: agency, yes or no, names.
    public enum ContributorColumn: Int, Sendable, CaseIterable {
        /// The agency.
        case agency
        /// Yes or no.
        case contributed
        /// Who took part (optional).
        case names

        /// The column's title in the header row.
        public var title: String {
            switch self {
            case .agency: "Agency"
            case .contributed: "Contributed (yes or no)"
            case .names: "Who took part (optional)"
            }
        }
    }

    /// The zero-based row of the Contributors header (row 4 in the spreadsheet).
    public static let contributorsHeaderRow = 3

    /// The agencies the Contributors sheet lists, in its order; a self-assessment records contributors
    /// by these names.
    public static let agencies = [
        "Public health", "Maternity services", "Health visiting", "Clinical commissioning group (CCG)",
        "Children's services", "Child death overview panel (CDOP)", "Local safeguarding children board", "Police",
        "Other",
    ]

    /// The agency `text` means: its name, or words that appear in one name only (`maternity`,
    /// `safeguarding board`, `ccg`, `CDOP`); `nil` when it means none or several.
    public static func agency(named text: String) -> String? {
        func words(_ text: String) -> Set<String> {
            Set(text.lowercased().split { !$0.isLetter && !$0.isNumber }.map(String.init))
        }
        let wanted = words(text)
        guard !wanted.isEmpty else { return nil }
        if let exact = agencies.first(where: { words($0) == wanted }) { return exact }
        let matches = agencies.filter { wanted.isSubset(of: words($0)) }
        return matches.count == 1 ? matches[0] : nil
    }

    /// The answers the Contributors sheet offers.
    public static let yes = "Yes"
    /// The answers the Contributors sheet offers.
    public static let no = "No"

    /// The keys of the hidden metadata sheet, one per row in column A, values in column B.
    public enum MetadataKey: String, Sendable, CaseIterable {
        /// The framework's identifier.
        case framework
        /// The framework's version.
        case version
        /// The region's identifier.
        case region
        /// The locality's ONS code.
        case locality
        /// The layout version of the workbook.
        case layout
    }

    /// What the hidden metadata sheet of `workbook` says (framework, version, region, locality), or an
    /// empty dictionary when the workbook has no such sheet.
    public static func metadata(in workbook: Workbook) -> [MetadataKey: String] {
        guard let sheet = SubmissionDecoder.sheet(metadataSheet, in: workbook) else { return [:] }
        return metadataCells(in: sheet).compactMapValues(\.text)
    }

    /// Each key's value in the metadata sheet and the cell it sits in (column B of the key's row).
    static func metadataCells(in sheet: Sheet) -> [MetadataKey: (text: String?, reference: CellReference)] {
        var values: [MetadataKey: (text: String?, reference: CellReference)] = [:]
        for (reference, value) in sheet.cells where reference.column == 0 {
            guard let key = MetadataKey(rawValue: AnswerText.text(value) ?? "") else { continue }
            let valueReference = CellReference(row: reference.row, column: 1)
            values[key] = (AnswerText.text(sheet[valueReference]), valueReference)
        }
        return values
    }

    /// The layout version written into every workbook (raise it when the layout changes).
    public static let layoutVersion = "1"

    /// The drop-down choice for a rating: `3 - in place`, or the scale's `N/A`.
    public static func choice(for rating: Rating, on scale: RatingScale) -> String {
        switch rating {
        case .notApplicable: scale.notApplicable
        case .level(let value): scale.level(value).map { "\(value) - \($0.label)" } ?? String(value)
        }
    }

    /// The drop-down choices of a rating cell, lowest first, then not applicable.
    public static func ratingChoices(on scale: RatingScale) -> [String] {
        scale.levels.map { choice(for: .level($0.value), on: scale) } + [scale.notApplicable]
    }

    /// The themes that get a sheet: those with at least one assessed item.
    public static func sheetThemes(of framework: Framework) -> [Theme] {
        framework.themes.filter { !$0.assessedItems.isEmpty }
    }
}
