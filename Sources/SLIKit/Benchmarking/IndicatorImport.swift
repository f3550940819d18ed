import Foundation
import SpreadsheetKit

/// Reads indicator figures from a spreadsheet or CSV file's first sheet, all or nothing.
///
/// The sheet starts with a header row naming the columns `locality`, `indicator`, `period`, `numerator`
/// and `denominator`, and optionally `value` (names compared without regard to case, in any order; other
/// columns are ignored). A locality is given by ONS code or name; the region's benchmark rows use the
/// region's identifier, name or ONS code, and England's use `E92000001` or `England`. Every bad row is
/// reported with its cell, and no figures are returned when any row is bad.
public struct IndicatorImport: Sendable {
    /// The columns every file must have, in the order messages list them.
    public static let requiredColumns = ["locality", "indicator", "period", "numerator", "denominator"]

    /// The indicators rows may name.
    public var indicators: IndicatorSet
    /// The region whose localities rows name.
    public var region: Region
    /// Finds a locality of the region by ONS code or name; throws an error that explains a miss.
    public var resolveLocality: @Sendable (String) throws -> Locality

    /// An import against the given indicators and region.
    public init(
        indicators: IndicatorSet, region: Region, resolveLocality: @escaping @Sendable (String) throws -> Locality
    ) {
        self.indicators = indicators
        self.region = region
        self.resolveLocality = resolveLocality
    }

    /// The figures in the first sheet of `workbook`, read from a file named `fileName`.
    ///
    /// - Parameter lineNumbers: Whether to place problems at `line N` (for CSV files) rather than at cells.
    /// - Throws: ``FileRejection`` with every problem found, row by row.
    public func read(_ workbook: Workbook, fileName: String, lineNumbers: Bool = false) throws -> [IndicatorValue] {
        var problems: [Problem] = []
        guard let sheet = workbook.sheets.first, let used = sheet.usedRange else {
            throw FileRejection(
                file: fileName,
                problems: [
                    Problem(file: fileName, message: "the file holds no rows; expected a header row and figures")
                ])
        }
        func problem(_ reference: CellReference, _ message: String) {
            problems.append(
                lineNumbers
                    ? Problem(file: fileName, cell: "line \(reference.row + 1)", message: message)
                    : Problem(file: fileName, sheet: sheet.name, cell: reference.description, message: message))
        }

        let headerRow = used.start.row
        let columns = sheet.headerColumns(row: headerRow, in: used)
        let missing = Self.requiredColumns.filter { columns[$0] == nil }
        if !missing.isEmpty {
            problem(
                CellReference(row: headerRow, column: used.start.column),
                "missing column\(missing.count == 1 ? "" : "s") \(missing.map { "\"\($0)\"" }.joined(separator: ", ")); "
                    + "expected a header row with locality, indicator, period, numerator, denominator (and optionally value)"
            )
            throw FileRejection(file: fileName, problems: problems)
        }

        var values: [IndicatorValue] = []
        var firstRow: [String: Int] = [:]
        for row in stride(from: headerRow + 1, through: used.end.row, by: 1) {
            func reference(_ name: String) -> CellReference {
                CellReference(row: row, column: columns[name] ?? used.start.column)
            }
            func value(_ name: String) -> CellValue? { columns[name].flatMap { sheet[row, $0] } }
            func text(_ name: String) -> String? {
                guard let text = value(name)?.text.trimmingCharacters(in: .whitespaces), !text.isEmpty else {
                    problem(reference(name), "\(name) is empty; expected \(Self.expectation[name] ?? "a value")")
                    return nil
                }
                return text
            }
            func number(_ name: String) -> (value: Double, text: String)? {
                guard let text = text(name) else { return nil }
                let number = value(name)?.numberValue ?? Double(text.replacingOccurrences(of: ",", with: ""))
                guard let number, number.isFinite else {
                    problem(
                        reference(name), "\(name) \"\(text)\" is not a number; expected \(Self.expectation[name] ?? "")"
                    )
                    return nil
                }
                guard number >= 0 else {
                    problem(reference(name), "\(name) \(text) is negative; expected \(Self.expectation[name] ?? "")")
                    return nil
                }
                return (number, text)
            }

            let names = Self.requiredColumns + (columns["value"] == nil ? [] : ["value"])
            if names.allSatisfy({ Self.isBlank(value($0)) }) { continue }
            let before = problems.count
            var area: String?
            if let locality = text("locality") {
                area = areaCode(for: locality, at: reference("locality"), problem)
            }
            let definition = text("indicator").flatMap { id -> IndicatorDefinition? in
                if let definition = indicators.definition(id: id) { return definition }
                let known = indicators.definitions.map(\.id).joined(separator: ", ")
                problem(reference("indicator"), "unknown indicator \"\(id)\"; expected one of \(known)")
                return nil
            }
            let period = text("period")
            let numerator = number("numerator")
            let denominator = number("denominator")
            if let denominator, denominator.value == 0 {
                problem(reference("denominator"), "denominator is 0; expected a number greater than 0")
            }
            guard problems.count == before, let area, let definition, let period, let numerator, let denominator
            else { continue }
            if definition.kind == .proportion, numerator.value > denominator.value {
                problem(
                    reference("numerator"),
                    "numerator \(numerator.text) is greater than denominator \(denominator.text); "
                        + "a proportion cannot exceed its denominator")
                continue
            }
            if !Self.isBlank(value("value")), let given = number("value") {
                let computed = definition.value(numerator: numerator.value, denominator: denominator.value) ?? 0
                if abs(given.value - computed) > Self.roundingAllowance(given.text) {
                    problem(
                        reference("value"),
                        "value \(given.text) does not match numerator \(numerator.text) over denominator "
                            + "\(denominator.text), which gives \(Self.rounded(computed, like: given.text)) "
                            + definition.unit)
                    continue
                }
            }
            if problems.count > before { continue }
            let key = [area, definition.id, period].joined(separator: "\u{1F}")
            if let first = firstRow[key] {
                problem(
                    reference("locality"),
                    "a second row for \(area), \(definition.id), \(period); the first is on row \(first + 1)")
                continue
            }
            firstRow[key] = row
            values.append(
                IndicatorValue(
                    areaCode: area, indicatorID: definition.id, period: period, numerator: numerator.value,
                    denominator: denominator.value))
        }
        if !problems.isEmpty { throw FileRejection(file: fileName, problems: problems) }
        return values
    }

    /// What each column should hold, for messages.
    static let expectation = [
        "locality": "an ONS code or locality name, the region or England",
        "indicator": "an indicator identifier",
        "period": "the period the figures cover",
        "numerator": "a count of 0 or more",
        "denominator": "a number greater than 0",
        "value": "the value in the indicator's unit",
    ]

    /// The area code a row's locality text stands for: a locality's ONS code, the region's id or England.
    private func areaCode(for text: String, at reference: CellReference, _ problem: (CellReference, String) -> Void)
        -> String?
    {
        let key = text.lowercased()
        if key == IndicatorValue.england.lowercased() || key == "england" { return IndicatorValue.england }
        if key == region.id.lowercased() || key == region.name.lowercased() || key == region.code?.lowercased() {
            return region.id
        }
        do {
            return try resolveLocality(text).code
        } catch {
            problem(reference, "\(error)")
            return nil
        }
    }

    private static func isBlank(_ value: CellValue?) -> Bool {
        guard let value else { return true }
        return value.text.allSatisfy(\.isWhitespace)
    }

    /// Half a unit in the last decimal place the given value shows, so `4.2` allows 4.15 to 4.25.
    static func roundingAllowance(_ text: String) -> Double {
        let decimals = text.split(separator: ".", maxSplits: 1).dropFirst().first.map { $0.count } ?? 0
        return 0.5 * pow(10, -Double(decimals)) * (1 + 1e-9) + 1e-12
    }

    /// `computed` shown with as many decimals as `text` has.
    static func rounded(_ computed: Double, like text: String) -> String {
        let decimals = text.split(separator: ".", maxSplits: 1).dropFirst().first.map { $0.count } ?? 0
        return String(format: "%.\(decimals)f", computed)
    }
}
