import Foundation

/// Counts the attributes of each start tag in XML bytes before they reach libxml2, which checks an
/// element's attributes for duplicates in time that grows with the square of their number.
///
/// A light scan, not a parser, in two speeds. A `<` never appears inside a tag (XML forbids it in
/// attribute values), so a tag is never longer than the stretch from its `<` to the next one, and a tag
/// with more attributes than the limit needs at least five bytes for each (a space, a name, `=` and two
/// quotes). The fast speed only looks for `<`, 32 bytes at a time (four 8-byte words, each tested for a
/// `<` byte without a branch). The byte-by-byte count runs only from a `<` followed by a stretch long
/// enough for such a tag, and from the last `<` of each chunk; it follows start tags and quoted attribute
/// values, passes over end tags, comments, processing instructions and declarations up to their next
/// `>`, and starts again at any `<`. The bytes may arrive in any number of chunks, in UTF-8 or another
/// encoding that spells markup in single bytes (`XMLByteEncoding`).
struct AttributeCounter {
    /// The most attributes (namespace declarations included) one element may have.
    static let maximumAttributes = 1_000

    /// How many bytes without a `<` after a block holding one make the counter look at that `<`'s tag
    /// byte by byte: fewer than a tag over the limit needs, less a block for where the `<` lies in its
    /// block and one for the block being looked at.
    private static let quietBytes = 5 * (maximumAttributes + 1) - 2 * blockSize

    private static let blockSize = 32

    private enum State {
        case text, afterOpen, inTag, inQuote(UInt8), otherMarkup
    }

    private var state = State.text
    private var count = 0

    /// Scans the next chunk; returns `false` as soon as an element has more than `maximumAttributes`.
    mutating func scan(_ bytes: UnsafeRawBufferPointer) -> Bool {
        guard let base = bytes.baseAddress else { return true }
        let end = bytes.count
        // Finish, byte by byte, markup that the last chunk left open.
        var index = 0
        if isInMarkup {
            guard countMarkup(base, from: &index, to: end) else { return false }
            if isInMarkup { return true }
        }
        // The last block holding a `<` not counted byte by byte, or where the count last stopped.
        var lastOpenBlock = index
        var block = index
        while block + Self.blockSize <= end {
            if Self.holdsOpen(base + block) {
                lastOpenBlock = block
            } else if block - lastOpenBlock >= Self.quietBytes {
                if var open = Self.lastOpen(base, in: lastOpenBlock..<(lastOpenBlock + Self.blockSize)) {
                    guard countMarkup(base, from: &open, to: end) else { return false }
                    if isInMarkup { return true }
                    block = open
                }
                lastOpenBlock = block
                continue
            }
            block += Self.blockSize
        }
        // Leave the count right for the next chunk: count from the chunk's last `<` to its end.
        if var open = Self.lastOpen(base, in: lastOpenBlock..<end) {
            return countMarkup(base, from: &open, to: end)
        }
        return true
    }

    /// Whether the count stopped inside markup, at the end of the last chunk.
    private var isInMarkup: Bool {
        if case .text = state { return false }
        return true
    }

    /// Whether the 32 bytes at `block` hold a `<`: a word XORed with `<` in every byte has a zero byte
    /// exactly where the word has a `<`, and `(x - 0x01…) & ~x & 0x80…` is non-zero exactly when `x` has a
    /// zero byte.
    private static func holdsOpen(_ block: UnsafeRawPointer) -> Bool {
        let opens: UInt64 = 0x3C3C_3C3C_3C3C_3C3C
        let ones: UInt64 = 0x0101_0101_0101_0101
        let highs: UInt64 = 0x8080_8080_8080_8080
        var found: UInt64 = 0
        for offset in stride(from: 0, to: blockSize, by: 8) {
            let word = block.loadUnaligned(fromByteOffset: offset, as: UInt64.self) ^ opens
            found |= (word &- ones) & ~word & highs
        }
        return found != 0
    }

    /// The position of the last `<` in `range`, if any.
    private static func lastOpen(_ base: UnsafeRawPointer, in range: Range<Int>) -> Int? {
        range.reversed().first { base.load(fromByteOffset: $0, as: UInt8.self) == UInt8(ascii: "<") }
    }

    /// Counts byte by byte from `index` (a `<`, or where the last chunk left off) until the markup ends or
    /// the chunk does at `end`, moving `index` on; returns `false` once an element has more than
    /// `maximumAttributes`.
    private mutating func countMarkup(_ base: UnsafeRawPointer, from index: inout Int, to end: Int) -> Bool {
        while index < end {
            let byte = base.load(fromByteOffset: index, as: UInt8.self)
            index += 1
            // A `<` ends any markup (XML allows none in a tag or an attribute value) and may begin a tag:
            // a quote or a comment that seems left open must not hide the tags after it.
            if byte == UInt8(ascii: "<") {
                state = .afterOpen
                continue
            }
            switch state {
            case .text:
                return true
            case .afterOpen:
                switch byte {
                case UInt8(ascii: "!"), UInt8(ascii: "?"), UInt8(ascii: "/"): state = .otherMarkup
                default:
                    state = .inTag
                    count = 0
                }
            case .inTag:
                switch byte {
                case UInt8(ascii: "\""), UInt8(ascii: "'"): state = .inQuote(byte)
                case UInt8(ascii: "="):
                    count += 1
                    if count > Self.maximumAttributes { return false }
                case UInt8(ascii: ">"):
                    state = .text
                    return true
                default: break
                }
            case .inQuote(let quote):
                if byte == quote { state = .inTag }
            case .otherMarkup:
                if byte == UInt8(ascii: ">") {
                    state = .text
                    return true
                }
            }
        }
        return true
    }
}
