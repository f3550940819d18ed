import Foundation

/// Reads spreadsheet files of every supported format, chosen by content rather than by file name.
///
/// SpreadsheetML 2003, XLSX, ODS, flat ODS and CSV are told apart by their first bytes (a zip package
/// and its parts, an XML root element and namespace, or plain text). All XML is streamed through libxml2
/// with network access and entity expansion off. `read` builds a whole `Workbook`; `stream` hands cells
/// to a `SpreadsheetVisitor` one at a time, and `summary` counts them, both in bounded memory.
public enum SpreadsheetReader {
    /// Reads the file at `url` into a workbook.
    ///
    /// - Throws: `SpreadsheetError` naming the file and, where known, the part, sheet, cell or line.
    public static func read(contentsOf url: URL, limits: ReadLimits = .standard) throws -> ReadWorkbook {
        var builder = WorkbookBuilder()
        let format = try stream(contentsOf: url, limits: limits, into: &builder)
        return ReadWorkbook(workbook: builder.workbook, format: format)
    }

    /// Reads a file held in memory; `fileName` names it in errors (and names a CSV file's sheet).
    public static func read(data: Data, fileName: String, limits: ReadLimits = .standard) throws -> ReadWorkbook {
        var builder = WorkbookBuilder()
        let format = try stream(data: data, fileName: fileName, limits: limits, into: &builder)
        return ReadWorkbook(workbook: builder.workbook, format: format)
    }

    /// Counts each sheet's cells and used range without keeping the cells.
    public static func summary(contentsOf url: URL, limits: ReadLimits = .standard) throws -> WorkbookSummary {
        var visitor = SummaryVisitor()
        let format = try stream(contentsOf: url, limits: limits, into: &visitor)
        return WorkbookSummary(format: format, sheets: visitor.sheets)
    }

    /// Streams the file at `url` to `visitor`, returning the detected format.
    public static func stream<Visitor: SpreadsheetVisitor>(
        contentsOf url: URL, limits: ReadLimits = .standard, into visitor: inout Visitor
    ) throws -> SpreadsheetFormat {
        let file = url.lastPathComponent
        if let size = try? url.resourceValues(forKeys: [.fileSizeKey]).fileSize {
            try checkSize(size, file: file, limits: limits)
        }
        let handle: FileHandle
        do {
            handle = try FileHandle(forReadingFrom: url)
        } catch {
            throw SpreadsheetError.unreadable(
                SpreadsheetLocation(file: file), "the file cannot be opened (\(FileErrorReason.text(error)))")
        }
        defer { try? handle.close() }
        let head: Data
        do {
            head = try handle.read(upToCount: 1 << 16) ?? Data()
        } catch {
            throw SpreadsheetError.unreadable(
                SpreadsheetLocation(file: file), "the file cannot be read (\(FileErrorReason.text(error)))")
        }
        let source = FileSource(handle: handle, head: head, file: file)
        return try stream(
            source, bytes: { try FileMapping.bytes(of: handle).map { ($0, true) } ?? (mapped(url, file: file), false) },
            file: file, limits: limits, into: &visitor)
    }

    /// Streams a file held in memory to `visitor`, returning the detected format.
    public static func stream<Visitor: SpreadsheetVisitor>(
        data: Data, fileName: String, limits: ReadLimits = .standard, into visitor: inout Visitor
    ) throws -> SpreadsheetFormat {
        try checkSize(data.count, file: fileName, limits: limits)
        let source = DataSource(data: data)
        return try stream(source, bytes: { (data, false) }, file: fileName, limits: limits, into: &visitor)
    }

    private static func stream<Visitor: SpreadsheetVisitor>(
        _ source: some ByteSource, bytes: () throws -> (Data, isFileMapping: Bool), file: String, limits: ReadLimits,
        into visitor: inout Visitor
    ) throws -> SpreadsheetFormat {
        let location = SpreadsheetLocation(file: file)
        let sink = CellSink(visitor: visitor, limits: limits, file: file)
        let format: SpreadsheetFormat
        switch ContentKind.sniff(Array(source.head.prefix(8192))) {
        case .empty:
            throw SpreadsheetError.unrecognized(location, "the file is empty (expected a spreadsheet)")
        case .compoundFile:
            throw SpreadsheetError.unrecognized(
                location,
                "the file is a legacy Excel 97-2003 workbook or a password-protected one, which sli does not read "
                    + "(save it as .xlsx or XML Spreadsheet 2003, without a password)")
        case .binary:
            throw SpreadsheetError.unrecognized(
                location, "the file is binary data, not a spreadsheet (expected SpreadsheetML, XLSX, ODS, FODS or CSV)")
        case .utf16Text:
            throw SpreadsheetError.unrecognized(
                location, "the file is UTF-16 text that is not XML (expected CSV in UTF-8)")
        case .utf32Text:
            throw SpreadsheetError.unrecognized(
                location, "the file is UTF-32 text, which sli does not read (save it as UTF-8)")
        case .unmarkedUTF16:
            throw SpreadsheetError.unrecognized(
                location,
                "the file is UTF-16 with neither a byte order mark nor an XML declaration to say so (save it as UTF-8)")
        case .text:
            try CSVReader.stream(fileName: file, into: sink) { parse in try source.forEachChunk(parse) }
            format = .csv
        case .xml:
            if source.head.starts(with: [0xEF, 0xBB, 0xBF, 0xEF, 0xBB, 0xBF]) {
                throw SpreadsheetError.malformed(
                    SpreadsheetLocation(file: file, line: 1, column: 1),
                    "the file starts with two byte order marks (expected at most one before the XML)")
            }
            let handler = XMLDocumentHandler(sink: sink)
            let parser = XMLEventParser(handler: handler, location: location)
            handler.parser = parser
            try source.forEachChunk { try parser.feed($0) }
            try parser.finish()
            try sink.endSheet()
            guard let found = handler.format else {
                throw SpreadsheetError.malformed(location, "the XML has no root element (expected a spreadsheet)")
            }
            format = found
        case .zip:
            let (data, isFileMapping) = try bytes()
            let package = try ZipPackage(data: data, file: file, limits: limits, releasesReadPages: isFileMapping)
            format = try readPackage(package, file: file, into: sink)
        }
        visitor = sink.visitor
        return format
    }

    private static func readPackage<Visitor>(
        _ package: ZipPackage, file: String, into sink: CellSink<Visitor>
    ) throws -> SpreadsheetFormat {
        if package.contains("content.xml") {
            if package.contains("META-INF/manifest.xml") {
                let manifest = try package.data("META-INF/manifest.xml", maximumBytes: 1 << 20)
                if manifest.range(of: Data("encryption-data".utf8)) != nil {
                    throw SpreadsheetError.unrecognized(
                        SpreadsheetLocation(file: file),
                        "the spreadsheet is password-protected (save it without a password)")
                }
            }
            let handler = OpenDocumentHandler(sink: sink)
            try package.parse("content.xml", with: handler) { handler.parser = $0 }
            try sink.endSheet()
            return .ods
        }
        if package.contains("_rels/.rels") || package.contains("xl/workbook.xml") {
            try XLSXReader.read(package, file: file, into: sink)
            return .xlsx
        }
        throw SpreadsheetError.unrecognized(
            SpreadsheetLocation(file: file),
            "the zip package is neither XLSX nor ODS (expected xl/workbook.xml or content.xml)")
    }

    /// Throws when a file of `size` bytes is larger than the limits allow.
    public static func checkSize(_ size: Int, file: String, limits: ReadLimits) throws {
        if size > limits.maximumFileBytes {
            throw SpreadsheetError.limitExceeded(
                SpreadsheetLocation(file: file),
                "the file is \(size) bytes, more than the \(limits.maximumFileBytes) allowed (the limit)")
        }
    }

    /// The bytes of the file at `url`, mapped rather than read where the system allows, so that a zip
    /// package is read from a file exactly as from bytes in memory.
    private static func mapped(_ url: URL, file: String) throws -> Data {
        do {
            return try Data(contentsOf: url, options: .alwaysMapped)
        } catch {
            throw SpreadsheetError.unreadable(
                SpreadsheetLocation(file: file), "the file cannot be read (\(FileErrorReason.text(error)))")
        }
    }
}
