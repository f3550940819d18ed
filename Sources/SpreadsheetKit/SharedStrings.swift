/// The shared-string table of an XLSX workbook, held as UTF-8 bytes in blocks of about a mebibyte and
/// the end of each string in them.
///
/// A million short strings cost their bytes and one offset each, not a `String` apiece (a 16-byte value
/// plus, beyond 15 bytes, an object of its own); the `String` of a shared string is made when a cell that
/// uses it is read. Blocks of a fixed size, each filled before the next is begun, keep a growing table from
/// ever being copied whole (a single array doubling would hold its old and new storage at once).
struct SharedStrings {
    /// The size of a block; a longer string has a block of its own.
    private static let blockSize = 1 << 20
    /// The strings' bytes, one after another within each block; a string never spans two blocks.
    private var blocks: [[UInt8]] = []
    /// The index of the first string of each block.
    private var firstStrings: [Int] = []
    /// Where each string's bytes end in its block.
    private var ends: [Int] = []

    /// The number of strings.
    var count: Int { ends.count }

    /// Adds a string.
    mutating func append(_ text: String) {
        var text = text
        text.withUTF8 { append($0) }
    }

    /// Adds a string given as UTF-8 bytes.
    mutating func append(_ utf8: UnsafeBufferPointer<UInt8>) {
        if blocks.isEmpty || blocks[blocks.count - 1].count + utf8.count > Self.blockSize {
            var block: [UInt8] = []
            block.reserveCapacity(max(Self.blockSize, utf8.count))
            blocks.append(block)
            firstStrings.append(ends.count)
        }
        blocks[blocks.count - 1].append(contentsOf: utf8)
        ends.append(blocks[blocks.count - 1].count)
    }

    /// The string at `index`, which must be below `count`.
    subscript(index: Int) -> String {
        var low = 0
        var high = firstStrings.count - 1
        while low < high {
            let middle = (low + high + 1) / 2
            if firstStrings[middle] <= index { low = middle } else { high = middle - 1 }
        }
        let start = index == firstStrings[low] ? 0 : ends[index - 1]
        return blocks[low].withUnsafeBufferPointer {
            String(decoding: UnsafeBufferPointer(rebasing: $0[start..<ends[index]]), as: UTF8.self)
        }
    }
}
