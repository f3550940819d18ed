/// The shared-string table of an XLSX workbook, held as one run of UTF-8 bytes and the end of each
/// string in it.
///
/// A million short strings cost their bytes and one offset each, not a `String` apiece (a 16-byte value
/// plus, beyond 15 bytes, an object of its own); the `String` of a shared string is made when a cell that
/// uses it is read.
struct SharedStrings {
    /// The strings' bytes, one after another.
    private var bytes: [UInt8] = []
    /// Where each string's bytes end in `bytes`.
    private var ends: [Int] = []

    /// The number of strings.
    var count: Int { ends.count }

    /// Adds a string given as UTF-8 bytes.
    mutating func append(_ utf8: [UInt8]) {
        bytes.append(contentsOf: utf8)
        ends.append(bytes.count)
    }

    /// Adds a string.
    mutating func append(_ text: String) {
        bytes.append(contentsOf: text.utf8)
        ends.append(bytes.count)
    }

    /// The string at `index`, which must be below `count`.
    subscript(index: Int) -> String {
        let start = index == 0 ? 0 : ends[index - 1]
        return bytes.withUnsafeBufferPointer {
            String(decoding: UnsafeBufferPointer(rebasing: $0[start..<ends[index]]), as: UTF8.self)
        }
    }
}
