import Foundation
import SpreadsheetKit

/// Reads Market Place offers and requests from a table with the columns
/// `kind,locality,theme,item,title,description,capacity`.
///
/// Header names are compared without regard to case; `item`, `description` and `capacity` may be
/// missing. The table is the sheet named `Market Place` when the workbook has one, else its first
/// sheet, and its header is the first row with any value. Localities are found by name or code through
/// the resolver, themes by identifier or name, items by identifier within their theme. Every wrong row
/// is reported with its row number, and nothing is imported unless every row is right.
public struct MarketImport: Sendable {
    /// The themes entries may be about, with their items.
    public var themes: [Theme]
    /// Finds a locality by name or code; throws an error whose description says what is wrong.
    public var resolveLocality: @Sendable (String) throws -> Locality

    /// An import against `themes`, resolving localities with `resolveLocality`.
    public init(themes: [Theme], resolveLocality: @escaping @Sendable (String) throws -> Locality) {
        self.themes = themes
        self.resolveLocality = resolveLocality
    }

    private static let required = ["kind", "locality", "theme", "title"]
    private static let columns = ["kind", "locality", "theme", "item", "title", "description", "capacity"]

    /// What is wrong with one field of an entry.
    public struct FieldProblem: Sendable, Hashable {
        /// The column (`kind`, `locality`, `theme`, `item`, `title`, `description` or `capacity`).
        public var column: String
        /// What was found and what was expected, in lower case.
        public var message: String
    }

    /// The entry that `fields` (text by column name; missing or empty columns are blank) describe, or
    /// every problem with them.
    public func entry(_ fields: [String: String], source: String?) -> (
        entry: MarketPlaceEntry?, problems: [FieldProblem]
    ) {
        func value(_ name: String) -> String { fields[name]?.trimmingCharacters(in: .whitespacesAndNewlines) ?? "" }
        var problems: [FieldProblem] = []
        func report(_ column: String, _ message: String) {
            problems.append(FieldProblem(column: column, message: message))
        }

        let kind = MarketPlaceEntry.Kind(rawValue: value("kind").lowercased())
        if kind == nil { report("kind", "kind \"\(value("kind"))\" is not offer or request") }

        var locality: Locality?
        if value("locality").isEmpty {
            report("locality", "locality is empty")
        } else {
            do { locality = try resolveLocality(value("locality")) } catch { report("locality", "\(error)") }
        }

        let themeText = value("theme")
        let theme =
            themes.first { $0.id.lowercased() == themeText.lowercased() }
            ?? themes.first { $0.name.lowercased() == themeText.lowercased() }
        if theme == nil {
            report(
                "theme",
                "theme \"\(themeText)\" is not in the framework (expected one of: "
                    + themes.map(\.id).joined(separator: ", ") + ")")
        }

        var itemID: String?
        if let theme, !value("item").isEmpty {
            if let item = theme.items.first(where: { $0.id.lowercased() == value("item").lowercased() }) {
                itemID = item.id
            } else {
                report("item", "item \"\(value("item"))\" is not in theme \"\(theme.id)\"")
            }
        }

        if value("title").isEmpty { report("title", "title is empty") }

        var capacity = 3
        if kind == .offer, !value("capacity").isEmpty {
            if let number = Int(value("capacity")), (1...MarketPlaceEntry.maximumCapacity).contains(number) {
                capacity = number
            } else {
                report(
                    "capacity",
                    "capacity \"\(value("capacity"))\" is not a whole number from 1 to \(MarketPlaceEntry.maximumCapacity)"
                )
            }
        }

        guard problems.isEmpty, let kind, let locality, let theme else { return (nil, problems) }
        return (
            MarketPlaceEntry(
                kind: kind, localityCode: locality.code, themeID: theme.id, itemID: itemID, title: value("title"),
                description: value("description"), capacity: capacity, source: source),
            []
        )
    }

    /// The entries in `workbook`, read from the file `fileName`.
    ///
    /// - Parameter isText: whether the file is plain text (CSV), so that rows are reported as lines.
    /// - Throws: `MarketPlaceError` when the file has no header row or lacks columns; ``FileRejection``, with
    ///   every problem found, when any row is wrong.
    public func entries(from workbook: Workbook, fileName: String, isText: Bool) throws -> [MarketPlaceEntry] {
        let sheet =
            workbook.sheets.first { $0.name.lowercased() == "market place" } ?? workbook.sheets.first
        guard let sheet, let used = sheet.usedRange else { throw MarketPlaceError.emptyFile(file: fileName) }
        let columns = sheet.headerColumns(row: used.start.row, in: used)
        let missing = Self.required.filter { columns[$0] == nil }
        guard missing.isEmpty else {
            throw MarketPlaceError.missingColumns(file: fileName, sheet: sheet.name, columns: missing)
        }

        var entries: [MarketPlaceEntry] = []
        var problems: [Problem] = []
        for row in stride(from: used.start.row + 1, through: used.end.row, by: 1) {
            func value(_ name: String) -> String {
                guard let column = columns[name] else { return "" }
                return sheet[row, column]?.text.trimmingCharacters(in: .whitespacesAndNewlines) ?? ""
            }
            func place(_ name: String) -> (sheet: String?, cell: String) {
                if isText { return (nil, "line \(row + 1)") }
                return (sheet.name, CellReference(row: row, column: columns[name] ?? used.start.column).description)
            }
            func report(_ name: String, _ message: String) {
                let (sheetName, cell) = place(name)
                problems.append(Problem(file: fileName, sheet: sheetName, cell: cell, message: message))
            }
            if Self.columns.allSatisfy({ value($0).isEmpty }) { continue }
            let (sheetName, cell) = place("kind")
            let checked = entry(
                Dictionary(uniqueKeysWithValues: Self.columns.map { ($0, value($0)) }),
                source: sheetName.map { "\(fileName) \($0)!\(cell)" } ?? "\(fileName) \(cell)")
            for problem in checked.problems { report(problem.column, problem.message) }
            if let entry = checked.entry { entries.append(entry) }
        }
        guard problems.isEmpty else { throw FileRejection(file: fileName, problems: problems) }
        return entries
    }
}
