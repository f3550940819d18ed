import SpreadsheetKit

/// Indicator values for the follow-up, one per indicator and area: from a spreadsheet, or from the
/// figures a cycle holds.
///
/// For `read(_:fileName:)`, the first sheet's row 1 names the columns `indicator`, `area` (or `locality` or `code`) and `value`
/// (any case, in any order); every later row with an indicator gives one value. Areas are ONS codes, as in
/// the store.
public enum IndicatorValues {
    /// The values in `workbook`, read from the file `fileName`.
    ///
    /// - Throws: `TrackingError.indicatorFile` for a missing column, a value that is not a number, or an
    ///   indicator and area given twice.
    public static func read(_ workbook: Workbook, fileName: String) throws -> [IndicatorKey: Double] {
        guard let sheet = workbook.sheets.first else {
            throw TrackingError.indicatorFile(file: fileName, cell: nil, message: "the file has no sheet")
        }
        var columns: [String: Int] = [:]
        for (column, value) in sheet.cells(inRow: 0) {
            let header = value.text.lowercased().trimmingCharacters(in: .whitespaces)
            let name = ["locality", "code", "area code"].contains(header) ? "area" : header
            if columns[name] == nil { columns[name] = column }
        }
        guard let indicator = columns["indicator"], let area = columns["area"], let valueColumn = columns["value"]
        else {
            throw TrackingError.indicatorFile(
                file: fileName, cell: nil, message: "row 1 must name the columns indicator, area and value")
        }
        var values: [IndicatorKey: Double] = [:]
        for row in sheet.rowsInUse where row > 0 {
            guard let id = sheet[row, indicator]?.text, !id.isEmpty else { continue }
            let cell = CellReference(row: row, column: valueColumn).description
            let code = sheet[row, area]?.text ?? ""
            let number = sheet[row, valueColumn].flatMap { $0.numberValue ?? Double($0.text) }
            guard let number, number.isFinite else {
                throw TrackingError.indicatorFile(
                    file: fileName, cell: cell,
                    message: "value \"\(sheet[row, valueColumn]?.text ?? "")\" is not a number")
            }
            let key = IndicatorKey(indicatorID: id, localityCode: code)
            guard values[key] == nil else {
                throw TrackingError.indicatorFile(
                    file: fileName, cell: cell, message: "indicator \(id) for area \(code) is given twice")
            }
            values[key] = number
        }
        return values
    }

    /// One value per indicator and area from a cycle's figures: each area's latest period (periods compared
    /// as text, so `2013-15` is later than `2012-14`), valued by its definition; figures of indicators
    /// `indicators` does not define, or without a usable denominator, are left out.
    public static func latest(_ figures: [IndicatorValue], indicators: IndicatorSet) -> [IndicatorKey: Double] {
        var latest: [IndicatorKey: IndicatorValue] = [:]
        for figure in figures {
            let key = IndicatorKey(indicatorID: figure.indicatorID, localityCode: figure.areaCode)
            if let known = latest[key], known.period >= figure.period { continue }
            latest[key] = figure
        }
        return latest.compactMapValues { figure in
            indicators.definition(id: figure.indicatorID).flatMap {
                $0.value(numerator: figure.numerator, denominator: figure.denominator)
            }
        }
    }
}
