/// Looks at the root element of an XML spreadsheet file and hands the document to the reader for it:
/// SpreadsheetML 2003 (`ss:Workbook`) or flat OpenDocument (`office:document`).
///
/// Once the root is known every further event goes straight to that reader, through an unmanaged
/// reference of its own type: a reader held in a variable would be retained and released for each event.
final class XMLDocumentHandler<Visitor: SpreadsheetVisitor>: XMLEventHandler {
    let sink: CellSink<Visitor>
    /// The parser delivering events, for error positions; it outlives every event it delivers (a weak
    /// reference would put each retain of the parser on the slow path).
    unowned(unsafe) var parser: XMLEventParser?
    /// The format found from the root element, once it has been seen.
    private(set) var format: SpreadsheetFormat?
    /// The reader for the format, kept alive here.
    private var reader: (any XMLEventHandler)?
    @exclusivity(unchecked) private var inner = Inner.none

    /// The reader events go to, held without its own reference count (`reader` holds it).
    private enum Inner {
        case none
        case spreadsheetML(Unmanaged<SpreadsheetMLHandler<Visitor>>)
        case openDocument(Unmanaged<OpenDocumentHandler<Visitor>>)
    }

    /// A handler delivering to `sink`.
    init(sink: CellSink<Visitor>) {
        self.sink = sink
    }

    func startElement(_ name: XMLName, attributes: XMLAttributes) throws {
        switch inner {
        case .spreadsheetML(let handler):
            return try handler._withUnsafeGuaranteedRef { try $0.startElement(name, attributes: attributes) }
        case .openDocument(let handler):
            return try handler._withUnsafeGuaranteedRef { try $0.startElement(name, attributes: attributes) }
        case .none:
            break
        }
        switch (name.token, name.namespace) {
        case (.ssWorkbook, .spreadsheetML):
            let handler = SpreadsheetMLHandler(sink: sink)
            handler.parser = parser
            reader = handler
            inner = .spreadsheetML(Unmanaged.passUnretained(handler))
            format = .spreadsheetML
        case (_, .office) where name.text == "document" || name.text == "document-content":
            let handler = OpenDocumentHandler(sink: sink)
            handler.parser = parser
            reader = handler
            inner = .openDocument(Unmanaged.passUnretained(handler))
            format = .fods
        default:
            throw SpreadsheetError.unrecognized(
                parser?.location() ?? SpreadsheetLocation(file: sink.file),
                "the root element is <\(name.text)>, not a spreadsheet (expected a SpreadsheetML 2003 <Workbook> "
                    + "or an OpenDocument <office:document>)")
        }
    }

    func endElement(_ name: XMLName) throws {
        switch inner {
        case .spreadsheetML(let handler): try handler._withUnsafeGuaranteedRef { try $0.endElement(name) }
        case .openDocument(let handler): try handler._withUnsafeGuaranteedRef { try $0.endElement(name) }
        case .none: break
        }
    }

    func characters(_ bytes: UnsafeBufferPointer<UInt8>) throws {
        switch inner {
        case .spreadsheetML(let handler): try handler._withUnsafeGuaranteedRef { try $0.characters(bytes) }
        case .openDocument(let handler): try handler._withUnsafeGuaranteedRef { try $0.characters(bytes) }
        case .none: break
        }
    }
}
