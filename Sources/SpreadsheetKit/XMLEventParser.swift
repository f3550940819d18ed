import CLibXML2
import Foundation

/// A libxml2 SAX2 push parser that streams one XML document to an `XMLEventHandler`.
///
/// Safe by construction: network access is off, entities are never substituted and no DTD is loaded; a
/// document type declaration stops the parse with `SpreadsheetError.forbidden`, and so does a reference
/// to an entity other than the five predefined ones. The parser owns its libxml2 context and frees it.
/// Feed it bytes in chunks with `feed(_:)`, then call `finish()`.
///
/// Its stored properties skip Swift's run-time exclusivity checks (`@exclusivity(unchecked)`): a parse runs on
/// one thread and never overlaps accesses, and the checks cost about a fifth of the time per cell. Events
/// reach the parser and its handler without a retain and release each: the parser is alive while libxml2
/// calls it, and the handler is a constant of the parser's (a handler read from a variable is retained
/// for each call).
final class XMLEventParser {
    /// Where errors are reported (the file and, for zip packages, the part).
    let location: SpreadsheetLocation
    private let handler: any XMLEventHandler
    private let tokenSlots: UnsafeMutablePointer<(pointer: UnsafeRawPointer?, value: XMLToken?)>
    private static let slotCount = 1 << slotBits
    private static let slotBits = 8
    @exclusivity(unchecked) private var context: xmlParserCtxtPtr?
    @exclusivity(unchecked) private var tokens: [UnsafeRawPointer: XMLToken?] = [:]
    @exclusivity(unchecked) private var namespaces: [UnsafeRawPointer: XMLNamespace?] = [:]
    private let namespaceSlots: UnsafeMutablePointer<(pointer: UnsafeRawPointer?, value: XMLNamespace?)>
    @exclusivity(unchecked) private var failure: (any Error)?
    @exclusivity(unchecked) private var syntaxError: SpreadsheetError?
    @exclusivity(unchecked) private var fedBytes = 0
    @exclusivity(unchecked) private var attributeCounter = AttributeCounter()
    /// For a UTF-16 document, the bytes the attribute counter reads instead of the document's.
    @exclusivity(unchecked) private var narrowing: UTF16MarkupNarrowing?

    /// A parser that sends events to `handler` and reports errors at `location`.
    init(handler: any XMLEventHandler, location: SpreadsheetLocation) {
        self.handler = handler
        self.location = location
        tokenSlots = .allocate(capacity: Self.slotCount)
        tokenSlots.initialize(repeating: (nil, nil), count: Self.slotCount)
        namespaceSlots = .allocate(capacity: Self.slotCount)
        namespaceSlots.initialize(repeating: (nil, nil), count: Self.slotCount)
    }

    deinit {
        if let context { xmlFreeParserCtxt(context) }
        tokenSlots.deallocate()
        namespaceSlots.deallocate()
    }

    /// The current line and column in the document, for error messages.
    var position: (line: Int, column: Int) {
        guard let context else { return (1, 1) }
        let opaque = UnsafeMutableRawPointer(context)
        return (Int(xmlSAX2GetLineNumber(opaque)), Int(xmlSAX2GetColumnNumber(opaque)))
    }

    /// The location of the current position, optionally naming a sheet.
    func location(sheet: String? = nil) -> SpreadsheetLocation {
        var location = self.location
        location.sheet = sheet
        (location.line, location.column) = position
        return location
    }

    /// Parses the next piece of the document.
    func feed(_ bytes: UnsafeRawBufferPointer) throws {
        guard !bytes.isEmpty else { return }
        if context == nil {
            switch XMLByteEncoding.detect(bytes) {
            case .success(.utf16(let bigEndian)): narrowing = UTF16MarkupNarrowing(bigEndian: bigEndian)
            case .success(.asciiCompatible): break
            case .failure(let refusal): throw SpreadsheetError.unrecognized(location, "the XML is \(refusal.reason)")
            }
        }
        guard attributesWithinLimit(bytes) else {
            throw SpreadsheetError.limitExceeded(
                location(),
                "an element has more than \(AttributeCounter.maximumAttributes) attributes (the limit; "
                    + "no spreadsheet needs so many)")
        }
        var remaining = bytes[...]
        if context == nil {
            let head = remaining.prefix(4)
            try start(with: UnsafeRawBufferPointer(rebasing: head))
            remaining = remaining.dropFirst(head.count)
        }
        fedBytes += bytes.count
        guard !remaining.isEmpty else { return }
        try push(UnsafeRawBufferPointer(rebasing: remaining), terminate: false)
    }

    /// Whether every start tag in `bytes` (and those begun before) keeps within the attribute limit.
    private func attributesWithinLimit(_ bytes: UnsafeRawBufferPointer) -> Bool {
        guard var narrowing else { return attributeCounter.scan(bytes) }
        self.narrowing = nil  // the local copy alone holds the buffer, so narrowing reuses it
        defer { self.narrowing = narrowing }
        return narrowing.narrow(bytes) { attributeCounter.scan($0) }
    }

    /// Ends the document, reporting anything left unclosed.
    func finish() throws {
        if context == nil {
            throw SpreadsheetError.malformed(location, "the document is empty (expected XML)")
        }
        try push(UnsafeRawBufferPointer(start: nil, count: 0), terminate: true)
    }

    private func start(with head: UnsafeRawBufferPointer) throws {
        xmlInitParser()
        xmlSetStructuredErrorFunc(nil) { _, _ in }
        var sax = xmlSAXHandler()
        sax.initialized = 0xDEED_BEAF
        sax.startElementNs = { userData, localName, _, uri, _, _, attributeCount, _, attributes in
            XMLEventParser.with(userData) { parser in
                guard parser.failure == nil else { return }
                let name = XMLName(
                    token: parser.token(for: localName), namespace: parser.namespace(for: uri), local: localName)
                let view = XMLAttributes(base: attributes, count: Int(attributeCount), parser: parser)
                parser.forward { try parser.handler.startElement(name, attributes: view) }
            }
        }
        sax.endElementNs = { userData, localName, _, uri in
            XMLEventParser.with(userData) { parser in
                guard parser.failure == nil else { return }
                let name = XMLName(
                    token: parser.token(for: localName), namespace: parser.namespace(for: uri), local: localName)
                parser.forward { try parser.handler.endElement(name) }
            }
        }
        let characters: charactersSAXFunc = { userData, bytes, length in
            XMLEventParser.with(userData) { parser in
                guard parser.failure == nil, let bytes else { return }
                parser.forward { try parser.handler.characters(UnsafeBufferPointer(start: bytes, count: Int(length))) }
            }
        }
        sax.characters = characters
        sax.cdataBlock = characters
        sax.ignorableWhitespace = characters
        sax.internalSubset = { userData, _, _, _ in
            guard let userData else { return }
            let parser = Unmanaged<XMLEventParser>.fromOpaque(userData).takeUnretainedValue()
            parser.stop(
                with: SpreadsheetError.forbidden(
                    parser.location(), "document type declarations are not allowed (a spreadsheet has none)"))
        }
        sax.serror = { userData, error in
            guard let userData, let error else { return }
            Unmanaged<XMLEventParser>.fromOpaque(userData).takeUnretainedValue().record(error.pointee)
        }
        let userData = Unmanaged.passUnretained(self).toOpaque()
        let created = head.withMemoryRebound(to: CChar.self) { chars in
            withUnsafeMutablePointer(to: &sax) { saxPointer in
                xmlCreatePushParserCtxt(saxPointer, userData, chars.baseAddress, Int32(chars.count), location.file)
            }
        }
        guard let created else {
            throw SpreadsheetError.unreadable(location, "the XML parser could not start (out of memory?)")
        }
        context = created
        let options = Int32(XML_PARSE_NONET.rawValue | XML_PARSE_NOCDATA.rawValue | XML_PARSE_COMPACT.rawValue)
        xmlCtxtUseOptions(created, options)
        intern(created)
        try check(status: 0)
    }

    private func push(_ bytes: UnsafeRawBufferPointer, terminate: Bool) throws {
        guard let context else { return }
        let status = bytes.withMemoryRebound(to: CChar.self) { chars in
            xmlParseChunk(context, chars.baseAddress, Int32(chars.count), terminate ? 1 : 0)
        }
        try check(status: status)
    }

    private func check(status: Int32) throws {
        if let failure { throw failure }
        if let syntaxError { throw syntaxError }
        if status != 0 {
            var location = self.location
            (location.line, location.column) = position
            throw SpreadsheetError.malformed(location, "the XML is not well-formed (libxml2 error \(status))")
        }
    }

    private func intern(_ context: xmlParserCtxtPtr) {
        guard let dictionary = context.pointee.dict else { return }
        for token in XMLToken.allCases {
            if let pointer = xmlDictLookup(dictionary, token.rawValue, -1) { tokens[UnsafeRawPointer(pointer)] = token }
        }
        for namespace in XMLNamespace.allCases {
            if let pointer = xmlDictLookup(dictionary, namespace.rawValue, -1) {
                namespaces[UnsafeRawPointer(pointer)] = namespace
            }
        }
    }

    /// The known local name at `pointer`: names interned in the parser's dictionary compare by address
    /// (through a small direct-mapped cache, then a table that also remembers unknown interned names),
    /// others by content.
    @inline(__always) func token(for pointer: UnsafePointer<xmlChar>?) -> XMLToken? {
        guard let pointer else { return nil }
        if let hit = Self.cached(pointer, in: tokenSlots) { return hit }
        return lookup(pointer, slots: tokenSlots, table: &tokens, capacity: 4096)
    }

    /// The known namespace at `pointer`, looked up like `token(for:)`.
    @inline(__always) func namespace(for pointer: UnsafePointer<xmlChar>?) -> XMLNamespace? {
        guard let pointer else { return nil }
        if let hit = Self.cached(pointer, in: namespaceSlots) { return hit }
        return lookup(pointer, slots: namespaceSlots, table: &namespaces, capacity: 256)
    }

    /// The cache slot `pointer` maps to.
    @inline(__always) private static func slot<Value>(
        _ pointer: UnsafePointer<xmlChar>, in slots: UnsafeMutablePointer<(pointer: UnsafeRawPointer?, value: Value?)>
    ) -> UnsafeMutablePointer<(pointer: UnsafeRawPointer?, value: Value?)> {
        // Fibonacci hashing: libxml2 interns short names a few bytes apart, which a plain shift of the
        // address would put in one slot.
        slots
            + Int(
                (UInt(bitPattern: Int(bitPattern: UnsafeRawPointer(pointer))) &* 0x9E37_79B9_7F4A_7C15)
                    >> (64 - slotBits))
    }

    /// The value cached for `pointer` (itself `nil` for an unknown name), or `nil` when the cache has none:
    /// the common case, answered without touching the tables (an `inout` access to them costs a retain).
    @inline(__always) private static func cached<Value>(
        _ pointer: UnsafePointer<xmlChar>, in slots: UnsafeMutablePointer<(pointer: UnsafeRawPointer?, value: Value?)>
    ) -> Value?? {
        let slot = slot(pointer, in: slots)
        return slot.pointee.pointer == UnsafeRawPointer(pointer) ? .some(slot.pointee.value) : nil
    }

    @inline(never) private func lookup<Value: RawRepresentable<String>>(
        _ pointer: UnsafePointer<xmlChar>, slots: UnsafeMutablePointer<(pointer: UnsafeRawPointer?, value: Value?)>,
        table: inout [UnsafeRawPointer: Value?], capacity: Int
    ) -> Value? {
        let raw = UnsafeRawPointer(pointer)
        let slot = Self.slot(pointer, in: slots)
        if let value = table[raw] {
            slot.pointee = (raw, value)
            return value
        }
        let value = Value(rawValue: String(cString: pointer))
        if isInterned(pointer), table.count < capacity {
            table[raw] = value
            slot.pointee = (raw, value)
        }
        return value
    }

    private func isInterned(_ pointer: UnsafePointer<xmlChar>) -> Bool {
        guard let dictionary = context?.pointee.dict else { return false }
        return xmlDictOwns(dictionary, pointer) == 1
    }

    /// Calls `body` with the parser behind libxml2's user data, without retaining it for the call.
    private static func with(_ userData: UnsafeMutableRawPointer?, _ body: (XMLEventParser) -> Void) {
        guard let userData else { return }
        Unmanaged<XMLEventParser>.fromOpaque(userData)._withUnsafeGuaranteedRef(body)
    }

    private func forward(_ event: () throws -> Void) {
        do { try event() } catch { stop(with: error) }
    }

    private func stop(with error: any Error) {
        if failure == nil { failure = error }
        if let context { xmlStopParser(context) }
    }

    private func record(_ error: xmlError) {
        guard syntaxError == nil, failure == nil, error.level.rawValue >= XML_ERR_ERROR.rawValue else { return }
        var location = self.location
        location.line = Int(error.line)
        location.column = Int(error.int2)
        var text = error.message.map { String(cString: $0) } ?? "unknown error"
        text = text.split(whereSeparator: \.isNewline).map { $0.trimmingCharacters(in: .whitespaces) }
            .filter { !$0.isEmpty }.joined(separator: "; ")
        if text.hasPrefix("Huge input lookup") {
            text = "a piece of markup is longer than the parser allows (10,000,000 bytes)"
        } else if text.hasPrefix("Input is not proper UTF-8"), let bytes = text.range(of: "Bytes: ") {
            text =
                "the text is not UTF-8 at the bytes \(text[bytes.upperBound...]) (save the file as UTF-8 or declare"
                + " its encoding)"
        }
        if let first = text.first, text.dropFirst().first?.isLowercase ?? true {
            text = first.lowercased() + text.dropFirst()
        }
        if error.code == Int32(XML_ERR_UNDECLARED_ENTITY.rawValue)
            || error.code == Int32(XML_WAR_UNDECLARED_ENTITY.rawValue)
        {
            syntaxError = .forbidden(location, "entity references are not allowed (\(text))")
        } else {
            syntaxError = .malformed(location, "the XML is not well-formed: \(text)")
        }
    }
}
