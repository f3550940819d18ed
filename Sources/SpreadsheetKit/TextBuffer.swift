/// Collects character data for one value as raw UTF-8 bytes, so that a string is built only once.
struct TextBuffer {
    /// The bytes collected so far.
    private(set) var bytes: [UInt8] = []

    /// Whether nothing has been collected.
    var isEmpty: Bool { bytes.isEmpty }

    /// The number of bytes collected.
    var count: Int { bytes.count }

    /// Adds bytes.
    mutating func append(_ piece: UnsafeBufferPointer<UInt8>) {
        bytes.append(contentsOf: piece)
    }

    /// Adds one ASCII character.
    mutating func append(ascii byte: UInt8) {
        bytes.append(byte)
    }

    /// Adds a string's UTF-8 bytes.
    mutating func append(_ text: String) {
        bytes.append(contentsOf: text.utf8)
    }

    /// Empties the buffer, keeping its storage.
    mutating func removeAll() {
        bytes.removeAll(keepingCapacity: true)
    }

    /// The collected text.
    var string: String { String(decoding: bytes, as: UTF8.self) }

    /// The collected text as a number, or `nil`.
    var double: Double? { bytes.withUnsafeBufferPointer { ByteText.double($0) } }

    /// The collected text as a non-negative integer, or `nil`.
    var integer: Int? { bytes.withUnsafeBufferPointer { ByteText.integer($0) } }

    /// Whether the collected bytes equal `text`.
    func equals(_ text: StaticString) -> Bool {
        text.withUTF8Buffer { $0.elementsEqual(bytes) }
    }
}
