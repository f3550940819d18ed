/// Reads `xl/sharedStrings.xml`: every `si`, rich-text runs concatenated, phonetic runs (`rPh`) left out.
///
/// Each `t` loses its leading and trailing white space unless it says `xml:space="preserve"`, as Excel,
/// LibreOffice and calamine read it.
///
/// Its stored properties skip Swift's run-time exclusivity checks (`@exclusivity(unchecked)`): a parse runs on
/// one thread and never overlaps accesses, and the checks cost about a fifth of the time per cell.
final class XLSXSharedStringsHandler: XMLEventHandler {
    /// The shared strings, by index.
    @exclusivity(unchecked) private(set) var strings = SharedStrings()
    private let limits: ReadLimits
    /// The parser delivering events, for error positions; it outlives every event it delivers (a weak
    /// reference would put each retain of the parser on the slow path).
    unowned(unsafe) var parser: XMLEventParser?
    private let text = TextBuffer()
    @exclusivity(unchecked) private var inItem = false
    @exclusivity(unchecked) private var inText = false
    @exclusivity(unchecked) private var textStart = 0
    @exclusivity(unchecked) private var preservesSpace = false
    @exclusivity(unchecked) private var phoneticDepth = 0
    @exclusivity(unchecked) private var totalBytes = 0

    /// A handler enforcing `limits` on text length.
    init(limits: ReadLimits) {
        self.limits = limits
    }

    func startElement(_ name: XMLName, attributes: XMLAttributes) throws {
        switch name.token {
        case .si:
            inItem = true
            text.removeAll()
        case .rPh where inItem:
            phoneticDepth += 1
        case .t where inItem && phoneticDepth == 0:
            inText = true
            textStart = text.count
            preservesSpace = OOXMLText.preservesSpace(attributes)
        default:
            break
        }
    }

    func endElement(_ name: XMLName) throws {
        switch name.token {
        case .si where inItem:
            inItem = false
            if strings.count >= limits.maximumCells {
                throw SpreadsheetError.limitExceeded(
                    parser?.location() ?? SpreadsheetLocation(file: ""),
                    "there are more than \(limits.maximumCells) shared strings (the cell limit)")
            }
            if OOXMLText.mayHaveEscapes(text.bytes) {
                strings.append(OOXMLText.unescape(text.string))
            } else {
                strings.append(text.bytes)
            }
        case .rPh where phoneticDepth > 0:
            phoneticDepth -= 1
        case .t where inText:
            inText = false
            if !preservesSpace { text.trimWhitespace(from: textStart) }
        default:
            break
        }
    }

    func characters(_ bytes: UnsafeBufferPointer<UInt8>) throws {
        guard inText else { return }
        text.append(bytes)
        if text.count > limits.maximumTextBytes {
            throw SpreadsheetError.limitExceeded(
                parser?.location() ?? SpreadsheetLocation(file: ""),
                "a shared string is longer than \(limits.maximumTextBytes) bytes (the limit)")
        }
    }
}
