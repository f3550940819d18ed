import Foundation

/// Counts the attributes of each start tag in XML bytes before they reach libxml2, which checks an
/// element's attributes for duplicates in time that grows with the square of their number.
///
/// A light scan, not a parser: it follows start tags and quoted attribute values, and passes over end
/// tags, comments, processing instructions and declarations up to their next `>`. The bytes may arrive in
/// any number of chunks.
struct AttributeCounter {
    /// The most attributes (namespace declarations included) one element may have.
    static let maximumAttributes = 1_000

    private enum State {
        case text, afterOpen, inTag, inQuote(UInt8), otherMarkup
    }

    private var state = State.text
    private var count = 0

    /// Scans the next chunk; returns `false` as soon as an element has more than `maximumAttributes`.
    mutating func scan(_ bytes: UnsafeRawBufferPointer) -> Bool {
        guard let base = bytes.baseAddress else { return true }
        let end = bytes.count
        var index = 0
        while index < end {
            switch state {
            case .text:
                guard let found = memchr(base + index, Int32(UInt8(ascii: "<")), end - index) else { return true }
                index = base.distance(to: UnsafeRawPointer(found)) + 1
                state = .afterOpen
                continue
            case .afterOpen:
                switch bytes[index] {
                case UInt8(ascii: "!"), UInt8(ascii: "?"), UInt8(ascii: "/"): state = .otherMarkup
                default:
                    state = .inTag
                    count = 0
                }
            case .inTag:
                switch bytes[index] {
                case UInt8(ascii: "\""), UInt8(ascii: "'"): state = .inQuote(bytes[index])
                case UInt8(ascii: "="):
                    count += 1
                    if count > Self.maximumAttributes { return false }
                case UInt8(ascii: ">"): state = .text
                default: break
                }
            case .inQuote(let quote):
                if bytes[index] == quote { state = .inTag }
            case .otherMarkup:
                if bytes[index] == UInt8(ascii: ">") { state = .text }
            }
            index += 1
        }
        return true
    }
}
