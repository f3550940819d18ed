import Foundation

/// Collects character data for one value as raw UTF-8 bytes, so that a string is built only once; its
/// storage is reused from value to value.
///
/// A class over memory of its own, not an array: a reader appends to it and reads it for every cell, and
/// an array held in a reader's property is retained and released at each access. Its stored properties
/// skip Swift's run-time exclusivity checks (`@exclusivity(unchecked)`): one reader uses it, on one thread.
final class TextBuffer {
    @exclusivity(unchecked) private var storage: UnsafeMutablePointer<UInt8>
    @exclusivity(unchecked) private var capacity: Int
    /// The number of bytes collected.
    @exclusivity(unchecked) private(set) var count = 0

    /// An empty buffer with room for `capacity` bytes before it grows.
    init(capacity: Int = 256) {
        self.capacity = max(capacity, 16)
        storage = .allocate(capacity: self.capacity)
    }

    deinit {
        storage.deallocate()
    }

    /// Whether nothing has been collected.
    var isEmpty: Bool { count == 0 }

    /// The bytes collected so far, valid until the buffer next changes.
    var bytes: UnsafeBufferPointer<UInt8> { UnsafeBufferPointer(start: storage, count: count) }

    /// Adds bytes.
    func append(_ piece: UnsafeBufferPointer<UInt8>) {
        guard let source = piece.baseAddress, !piece.isEmpty else { return }
        if count + piece.count > capacity { grow(toHold: piece.count) }
        (storage + count).update(from: source, count: piece.count)
        count += piece.count
    }

    /// Adds one ASCII character.
    func append(ascii byte: UInt8) {
        if count == capacity { grow(toHold: 1) }
        storage[count] = byte
        count += 1
    }

    /// Adds a string's UTF-8 bytes.
    func append(_ text: String) {
        var text = text
        text.withUTF8 { append($0) }
    }

    /// Makes room for `more` bytes than it holds, at least doubling the storage.
    private func grow(toHold more: Int) {
        let grown = max(capacity * 2, count + more)
        let larger = UnsafeMutablePointer<UInt8>.allocate(capacity: grown)
        larger.moveInitialize(from: storage, count: count)
        storage.deallocate()
        (storage, capacity) = (larger, grown)
    }

    /// Drops the spaces, tabs and line breaks at both ends of the bytes collected since `start` (a count
    /// of bytes): an XML text that does not ask for `xml:space="preserve"`.
    func trimWhitespace(from start: Int) {
        var end = count
        while end > start, ByteText.isSpace(storage[end - 1]) { end -= 1 }
        var first = start
        while first < end, ByteText.isSpace(storage[first]) { first += 1 }
        if first > start {
            UnsafeMutableRawPointer(storage + start).copyMemory(from: storage + first, byteCount: end - first)
        }
        count = start + end - first
    }

    /// Empties the buffer, keeping its storage.
    func removeAll() {
        count = 0
    }

    /// The collected text.
    var string: String { String(decoding: bytes, as: UTF8.self) }

    /// The collected text as a number, or `nil`.
    var double: Double? { ByteText.double(bytes) }

    /// The collected text as an ISO 8601 date, or `nil`.
    var date: Date? { ISODateText.parse(utf8: bytes) }

    /// The collected text as a non-negative integer, or `nil`.
    var integer: Int? { ByteText.integer(bytes) }

    /// Whether the collected bytes equal `text`.
    func equals(_ text: StaticString) -> Bool {
        text.withUTF8Buffer { $0.elementsEqual(bytes) }
    }
}
