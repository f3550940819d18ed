import Foundation

/// Reads comma-separated values (RFC 4180, UTF-8 with or without a byte order mark) as a one-sheet
/// workbook named after the file.
///
/// Indicator data arrives this way. Values are typed conservatively: unquoted plain decimal numbers
/// become numbers, everything else stays text exactly as written.
public enum CSVReader {
    /// Reads CSV `data`; the sheet takes `fileName` without its extension as its name.
    ///
    /// - Throws: `SpreadsheetError` for unclosed quotes, text that is not UTF-8 or a limit exceeded.
    public static func read(data: Data, fileName: String, limits: ReadLimits = .standard) throws -> Workbook {
        let sink = CellSink(visitor: WorkbookBuilder(), limits: limits, file: fileName)
        try stream(fileName: fileName, into: sink) { parse in try data.withUnsafeBytes { try parse($0) } }
        return sink.visitor.workbook
    }

    /// Streams CSV delivered by `produce` (which calls its argument once per chunk) into `sink`.
    static func stream<Visitor>(
        fileName: String, into sink: CellSink<Visitor>,
        produce: ((UnsafeRawBufferPointer) throws -> Void) throws -> Void
    ) throws {
        let name = (fileName as NSString).deletingPathExtension
        try sink.beginSheet(named: name.isEmpty ? fileName : name, at: SpreadsheetLocation(file: fileName))
        let parser = CSVParser(sink: sink)
        try produce { try parser.feed($0) }
        try parser.finish()
        try sink.endSheet()
    }
}
