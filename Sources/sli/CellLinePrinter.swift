import SpreadsheetKit

/// Prints every cell as one JSON line: `{"sheet": "Data", "ref": "B3", "type": "number", "value": 0.5}`.
///
/// Each cell is printed as it is read: the readers deliver a sheet's cells in reading order (rows, then
/// columns) and refuse a file that gives a cell twice or out of order, so memory holds no cells at all.
/// A line is written as bytes: the part before the reference is made once per sheet and the part after
/// it once per cell, or once for a run of repeated cells.
struct CellLinePrinter: SpreadsheetVisitor {
    /// Where the lines go.
    var output: InspectOutput
    /// When set, only the sheet of this name is printed.
    let sheetFilter: String?
    /// Whether the filtered sheet (or any sheet, without a filter) was seen.
    private(set) var sawSheet = false
    private var printing = false
    /// `{"sheet": "Data", "ref": "`, for the current sheet.
    private var linePrefix: [UInt8] = []

    /// A printer writing to `output`.
    init(output: InspectOutput, sheetFilter: String?) {
        self.output = output
        self.sheetFilter = sheetFilter
    }

    mutating func beginSheet(named name: String) throws {
        printing = sheetFilter == nil || sheetFilter == name
        if printing { sawSheet = true }
        var prefix = InspectOutput.scratch
        prefix.append("{\"sheet\": ")
        prefix.append(jsonString: name)
        prefix.append(", \"ref\": \"")
        linePrefix = prefix.bytes
    }

    mutating func visit(_ value: CellValue, at reference: CellReference) throws {
        guard printing else { return }
        output.append(linePrefix)
        output.append(reference: reference)
        Self.appendSuffix(of: value, to: &output)
        try output.endLine()
    }

    mutating func visit(_ value: CellValue, at reference: CellReference, repeated count: Int) throws {
        guard printing else { return }
        var suffix = InspectOutput.scratch
        Self.appendSuffix(of: value, to: &suffix)
        let suffixBytes = suffix.bytes
        for offset in 0..<count {
            output.append(linePrefix)
            output.append(reference: CellReference(row: reference.row, column: reference.column + offset))
            output.append(suffixBytes)
            try output.endLine()
        }
    }

    mutating func merge(_ range: CellRange) throws {}

    mutating func endSheet() throws {}

    /// `", "type": "number", "value": 0.5}`: the line after the reference, without its newline. Numbers
    /// print without a trailing `.0` (`null` if not finite), booleans as `true`/`false`, and text, ISO 8601
    /// dates and error codes as strings.
    private static func appendSuffix(of value: CellValue, to output: inout InspectOutput) {
        output.append("\", \"type\": \"")
        output.append(value.typeName)
        output.append("\", \"value\": ")
        switch value {
        case .number(let number):
            if number.isFinite { output.append(number: number) } else { output.append("null") }
        case .boolean(let flag): output.append(flag ? "true" : "false")
        case .string(let text), .error(let text): output.append(jsonString: text)
        case .date: output.append(jsonString: value.text)
        }
        output.append(byte: UInt8(ascii: "}"))
    }
}
