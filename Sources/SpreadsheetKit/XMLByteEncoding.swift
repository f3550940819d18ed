/// How an XML document's bytes spell its markup, found from its first bytes and its declaration, for
/// the scan `AttributeCounter` makes before libxml2 sees the bytes.
///
/// That scan reads `<`, `>`, `=` and quotes as single bytes, which holds in UTF-8 and in the 8-bit and
/// multi-byte encodings whose other bytes never take those values (the ISO 8859 and Windows code pages,
/// KOI8, Shift_JIS, EUC, GBK and GB18030, Big5). UTF-16 is read through `UTF16MarkupNarrowing`. Any
/// other encoding libxml2 would convert (UTF-32, EBCDIC, UTF-7, the ISO 2022 forms) could hide markup
/// from the scan, and no spreadsheet program writes one, so the document is refused.
enum XMLByteEncoding: Equatable {
    /// One byte per markup character, meaning nothing else.
    case asciiCompatible
    /// UTF-16 in the given byte order.
    case utf16(bigEndian: Bool)

    /// The encoding of a document that starts with `head` (its first chunk), or the reason it is not
    /// read, as words that follow "the XML is".
    static func detect(_ head: UnsafeRawBufferPointer) -> Result<XMLByteEncoding, Refusal> {
        let first = Array(head.prefix(4))
        func starts(_ prefix: [UInt8]) -> Bool { first.starts(with: prefix) }
        if starts([0, 0, 0xFE, 0xFF]) || starts([0xFF, 0xFE, 0, 0]) || starts([0, 0, 0, 0x3C])
            || starts([0x3C, 0, 0, 0])
        {
            return .failure(Refusal(encoding: "UTF-32"))
        }
        if starts([0x4C, 0x6F, 0xA7, 0x94]) { return .failure(Refusal(encoding: "EBCDIC")) }
        let encoding: XMLByteEncoding
        if starts([0xFE, 0xFF]) || starts([0, 0x3C, 0, 0x3F]) {
            encoding = .utf16(bigEndian: true)
        } else if starts([0xFF, 0xFE]) || starts([0x3C, 0, 0x3F, 0]) {
            encoding = .utf16(bigEndian: false)
        } else {
            encoding = .asciiCompatible
        }
        guard let declared = declaredEncoding(in: head, as: encoding) else { return .success(encoding) }
        let name = declared.lowercased()
        // A document in 8-bit bytes labelled UTF-16 (as .NET writes one) is read by libxml2 as UTF-8.
        let readable = encoding == .asciiCompatible ? asciiCompatibleNames + utf16Names : utf16Names
        guard readable.contains(where: { name.hasPrefix($0) }) else { return .failure(Refusal(encoding: declared)) }
        return .success(encoding)
    }

    /// Why a document's encoding is not read.
    struct Refusal: Error, Equatable {
        /// The encoding, as detected or declared.
        let encoding: String

        /// The reason in words.
        var reason: String { "in \(encoding), which sli does not read (save the file as UTF-8)" }
    }

    /// The beginnings of the names of the encodings read one byte per markup character.
    private static let asciiCompatibleNames = [
        "utf-8", "utf8", "us-ascii", "ascii", "iso-8859-", "iso8859-", "iso_8859-", "latin", "windows-125", "cp125",
        "koi8-", "shift_jis", "shift-jis", "sjis", "windows-31j", "cp932", "euc-", "gb2312", "gbk", "gb18030", "big5",
    ]

    /// The names a UTF-16 document may declare.
    private static let utf16Names = ["utf-16", "utf16", "ucs-2", "iso-10646-ucs-2"]

    /// The `encoding` of the XML declaration at the start of `head`, if it has one.
    private static func declaredEncoding(in head: UnsafeRawBufferPointer, as encoding: XMLByteEncoding) -> String? {
        var characters: [UInt8] = []
        switch encoding {
        case .asciiCompatible:
            var bytes = head.prefix(512)[...]
            if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes = bytes.dropFirst(3) }
            characters = Array(bytes)
        case .utf16(let bigEndian):
            // The declaration is ASCII, so the bytes the attribute count reads spell it too.
            var narrowing = UTF16MarkupNarrowing(bigEndian: bigEndian)
            characters = narrowing.narrow(UnsafeRawBufferPointer(rebasing: head.prefix(1024))) { Array($0) }
            if head.starts(with: [0xFE, 0xFF]) || head.starts(with: [0xFF, 0xFE]) { characters.removeFirst() }
        }
        let text = String(decoding: characters, as: UTF8.self)
        guard text.hasPrefix("<?xml"), let end = text.range(of: "?>") else { return nil }
        let declaration = text[..<end.lowerBound]
        guard let name = declaration.range(of: "encoding") else { return nil }
        let rest = declaration[name.upperBound...].drop {
            $0 == " " || $0 == "=" || $0 == "\t" || $0 == "\n" || $0 == "\r"
        }
        guard let quote = rest.first, quote == "\"" || quote == "'" else { return nil }
        return String(rest.dropFirst().prefix { $0 != quote })
    }
}
