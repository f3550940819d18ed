/// UTF-16 bytes turned into one byte per code unit for `AttributeCounter`: a code unit below 0x80 becomes
/// its ASCII byte, any other becomes 0x80, which is no markup character.
///
/// Markup characters are all ASCII, so the narrowed bytes hold `<`, `>`, `=` and quotes exactly where the
/// document does, and a character such as U+013C (whose low byte is `<`) holds none. A code unit cut
/// between two chunks is finished with the next.
struct UTF16MarkupNarrowing {
    /// Whether the document is big-endian.
    let bigEndian: Bool
    private var pending: UInt8?
    private var narrowed: [UInt8] = []

    /// A narrowing of UTF-16 in the given byte order.
    init(bigEndian: Bool) {
        self.bigEndian = bigEndian
    }

    /// Calls `body` with the narrowed bytes of the next chunk.
    mutating func narrow<Result>(
        _ bytes: UnsafeRawBufferPointer, _ body: (UnsafeRawBufferPointer) throws -> Result
    ) rethrows -> Result {
        narrowed.removeAll(keepingCapacity: true)
        var index = 0
        if let first = pending, let second = bytes.first {
            narrowed.append(unit(first, second))
            pending = nil
            index = 1
        }
        while index + 1 < bytes.count {
            narrowed.append(unit(bytes[index], bytes[index + 1]))
            index += 2
        }
        if index < bytes.count { pending = bytes[index] }
        return try narrowed.withUnsafeBytes(body)
    }

    /// The narrowed byte of the code unit whose bytes come in the order `first`, `second`.
    private func unit(_ first: UInt8, _ second: UInt8) -> UInt8 {
        let (high, low) = bigEndian ? (first, second) : (second, first)
        return high == 0 && low < 0x80 ? low : 0x80
    }
}
