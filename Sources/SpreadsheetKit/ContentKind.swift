/// What the first bytes of a file say it is, before any reader runs.
enum ContentKind: Equatable {
    /// No bytes at all.
    case empty
    /// A zip archive (XLSX or ODS, to be told apart by their parts).
    case zip
    /// An OLE compound file: a legacy `.xls` or an encrypted workbook.
    case compoundFile
    /// XML, in any encoding libxml2 detects.
    case xml
    /// UTF-8 text (with or without a byte order mark), read as CSV.
    case text
    /// UTF-16 text that is not XML.
    case utf16Text
    /// UTF-32 text, with or without a byte order mark.
    case utf32Text
    /// UTF-16 markup with neither a byte order mark nor an XML declaration to say so.
    case unmarkedUTF16
    /// Anything else.
    case binary

    /// Sniffs `head`, the first few kilobytes of a file.
    static func sniff(_ head: [UInt8]) -> ContentKind {
        guard !head.isEmpty else { return .empty }
        if head.starts(with: [0x50, 0x4B, 0x03, 0x04]) || head.starts(with: [0x50, 0x4B, 0x05, 0x06]) { return .zip }
        if head.starts(with: [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1]) { return .compoundFile }
        if head.starts(with: [0xFF, 0xFE, 0, 0]) || head.starts(with: [0, 0, 0xFE, 0xFF])
            || head.starts(with: [0x3C, 0, 0, 0]) || head.starts(with: [0, 0, 0, 0x3C])
        {
            return .utf32Text
        }
        if head.starts(with: [0xFF, 0xFE]) || head.starts(with: [0xFE, 0xFF]) {
            return utf16StartsWithTag(head) ? .xml : .utf16Text
        }
        if head.starts(with: [0x3C, 0x00, 0x3F, 0x00]) || head.starts(with: [0x00, 0x3C, 0x00, 0x3F]) { return .xml }
        if head.starts(with: [0x3C, 0x00]) || head.starts(with: [0x00, 0x3C]) { return .unmarkedUTF16 }
        var body = head[...]
        if body.starts(with: [0xEF, 0xBB, 0xBF]) { body = body.dropFirst(3) }
        var markup = body
        while let first = markup.first, isSpace(first) || markup.starts(with: [0xEF, 0xBB, 0xBF]) {
            markup = markup.dropFirst(first == 0xEF ? 3 : 1)
        }
        if markup.first == UInt8(ascii: "<") { return .xml }
        if body.contains(0) || !isUTF8Prefix(body) { return .binary }
        return .text
    }

    private static func isSpace(_ byte: UInt8) -> Bool {
        byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D
    }

    private static func utf16StartsWithTag(_ head: [UInt8]) -> Bool {
        let littleEndian = head[0] == 0xFF
        var index = 2
        while index + 1 < head.count {
            let unit =
                littleEndian
                ? UInt16(head[index]) | UInt16(head[index + 1]) << 8
                : UInt16(head[index]) << 8 | UInt16(head[index + 1])
            index += 2
            if unit == 0x20 || unit == 0x09 || unit == 0x0A || unit == 0x0D || unit == 0xFEFF { continue }
            return unit == 0x3C
        }
        return false
    }

    /// Whether the bytes are valid UTF-8, allowing a character cut off at the end.
    private static func isUTF8Prefix(_ bytes: ArraySlice<UInt8>) -> Bool {
        var trimmed = bytes
        var cut = 0
        while cut < 3, let last = trimmed.last, last & 0xC0 == 0x80 {
            trimmed = trimmed.dropLast()
            cut += 1
        }
        if let last = trimmed.last, last >= 0xC0 { trimmed = trimmed.dropLast() } else if cut > 0 { trimmed = bytes }
        var iterator = trimmed.makeIterator()
        var decoder = UTF8()
        while true {
            switch decoder.decode(&iterator) {
            case .scalarValue: continue
            case .emptyInput: return true
            case .error: return false
            }
        }
    }
}
