/// Looks at the root element of an XML spreadsheet file and hands the document to the reader for it:
/// SpreadsheetML 2003 (`ss:Workbook`) or flat OpenDocument (`office:document`).
///
/// Once the root is known the parser sends every further event straight to that reader.
final class XMLDocumentHandler<Visitor: SpreadsheetVisitor>: XMLEventHandler {
    let sink: CellSink<Visitor>
    /// The parser delivering events, for error positions; it outlives every event it delivers (a weak
    /// reference would put each retain of the parser on the slow path).
    unowned(unsafe) var parser: XMLEventParser?
    /// The format found from the root element, once it has been seen.
    private(set) var format: SpreadsheetFormat?
    private var inner: (any XMLEventHandler)?

    /// A handler delivering to `sink`.
    init(sink: CellSink<Visitor>) {
        self.sink = sink
    }

    func startElement(_ name: XMLName, attributes: XMLAttributes) throws {
        if let inner { return try inner.startElement(name, attributes: attributes) }
        switch (name.token, name.namespace) {
        case (.ssWorkbook, .spreadsheetML):
            let handler = SpreadsheetMLHandler(sink: sink)
            handler.parser = parser
            inner = handler
            parser?.replaceHandler(with: handler)
            format = .spreadsheetML
        case (_, .office) where name.text == "document" || name.text == "document-content":
            let handler = OpenDocumentHandler(sink: sink)
            handler.parser = parser
            inner = handler
            parser?.replaceHandler(with: handler)
            format = .fods
        default:
            throw SpreadsheetError.unrecognized(
                parser?.location() ?? SpreadsheetLocation(file: sink.file),
                "the root element is <\(name.text)>, not a spreadsheet (expected a SpreadsheetML 2003 <Workbook> "
                    + "or an OpenDocument <office:document>)")
        }
    }

    func endElement(_ name: XMLName) throws {
        try inner?.endElement(name)
    }

    func characters(_ bytes: UnsafeBufferPointer<UInt8>) throws {
        try inner?.characters(bytes)
    }
}
